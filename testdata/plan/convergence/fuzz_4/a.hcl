# Found by TestConvergenceFuzz (seed 4): a UNIQUE constraint on the
# primary key's columns, and two UNIQUE constraints on one column list.
# Inside CREATE TABLE, PostgreSQL keeps one index per column list and
# silently drops the others, so they must be added after the table.
schema "public" {}

table "t10" {
  schema = schema.public

  column "c14" {
    type = integer
  }
  column "c15" {
    type = text
  }

  primary_key {
    columns = [column.c14]
  }

  unique "uq23.dot-dash" {
    columns = [column.c14]
  }
  unique "uq24" {
    columns = [column.c15]
  }
  unique "uq25" {
    columns = [column.c15]
  }
}
