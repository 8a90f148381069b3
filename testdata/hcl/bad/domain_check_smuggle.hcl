# want: 7:12 Invalid SQL expression
schema "public" {}
domain "code" {
  schema = schema.public
  type   = text
  check "c" {
    expr = "VALUE <> ''); DROP TABLE victim; --"
  }
}
