# want: 8:19 Invalid character
schema "public" {}

table "t" {
  schema = schema.public
  column "a" {
    type    = integer
    default = sql("true\u0000")
  }
}
