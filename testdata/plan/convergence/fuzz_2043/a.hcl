# Found by TestConvergenceFuzz (seed 2043): the primary key is renamed
# while a foreign key references it. The new primary key must be added
# after the old one is dropped, which waits for the foreign key's drop:
# a table has one primary key at a time.
schema "public" {}

table "check" {
  schema = schema.public

  column "c10" {
    type = integer
  }

  primary_key {
    columns = [column.c10]
  }
}

table "t11" {
  schema = schema.public

  column "c18" {
    type = integer
  }

  foreign_key "fk17" {
    columns     = [column.c18]
    ref_columns = [table.check.column.c10]
    on_delete   = RESTRICT
    on_update   = CASCADE
  }
}
