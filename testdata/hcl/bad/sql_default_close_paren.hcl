# want: 8:19 Invalid SQL expression
schema "public" {}

table "t" {
  schema = schema.public
  column "a" {
    type    = integer
    default = sql("a > 0)")
  }
}
