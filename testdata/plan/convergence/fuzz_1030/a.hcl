# Found by TestConvergenceFuzz (seed 1030): a table is dropped, and so is
# the primary key its foreign key references, on a table that stays. The
# table must go first: its foreign key depends on the key.
schema "public" {}

table "t9" {
  schema = schema.public

  column "c13" {
    type = integer
  }
  column "check" {
    type = text
  }

  primary_key "pk22" {
    columns = [column.c13, column.check]
  }
}

table "t19" {
  schema = schema.public

  column "a" {
    type = integer
  }
  column "b" {
    type = text
  }

  foreign_key "fk25" {
    columns     = [column.a, column.b]
    ref_columns = [table.t9.column.c13, table.t9.column.check]
  }
}
