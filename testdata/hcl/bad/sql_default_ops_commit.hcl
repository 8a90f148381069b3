# want: 8:19 Invalid SQL expression
schema "public" {}

table "t" {
  schema = schema.public
  column "a" {
    type    = integer
    default = sql("text_pattern_ops); COMMIT; DROP TABLE victim; --")
  }
}
