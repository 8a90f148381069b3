# want: 6:27 Invalid type
schema "public" {}

table "t" {
  schema = schema.public
  column "a" { type = sql("true); COMMIT; DROP TABLE victim; --") }
}
