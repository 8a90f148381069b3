# want: 10:14 Invalid SQL expression
schema "public" {}

table "t" {
  schema = schema.public
  column "a" { type = integer }
  column "b" {
    type = integer
    as {
      expr = "a) STORED; DROP TABLE t; --"
      type = STORED
    }
  }
}
