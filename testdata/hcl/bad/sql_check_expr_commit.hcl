# want: 8:12 Invalid SQL expression
schema "public" {}

table "t" {
  schema = schema.public
  column "a" { type = integer }
  check "c1" {
    expr = "true); COMMIT; DROP TABLE victim; --"
  }
}
