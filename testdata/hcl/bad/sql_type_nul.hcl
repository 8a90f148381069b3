# want: 6:27 Invalid character
schema "public" {}

table "t" {
  schema = schema.public
  column "a" { type = sql("true\u0000") }
}
