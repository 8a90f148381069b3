# want: 17:12 Invalid role
schema "public" {}

table "t" {
  schema = schema.public
  column "n" {
    type = integer
  }
  row_security {
    enabled = true
  }
}

policy "p" {
  on    = table.t
  for   = SELECT
  to    = [authenticated]
  using = "true"
}
