# Found by TestConvergenceFuzz (seed 238): the primary key a foreign key
# is bound to is dropped while a UNIQUE constraint on the same columns
# stays. The foreign key is dropped and added again, and must be added
# after the primary key is gone, or PostgreSQL binds it to the primary
# key's index again and refuses the drop.
schema "public" {}

table "t13" {
  schema = schema.public

  column "c15" {
    type = date
  }

  primary_key {
    columns = [column.c15]
  }

  unique "uq22" {
    columns = [column.c15]
  }
}

table "a6" {
  schema = schema.public

  column "c26" {
    type = date
    null = true
  }

  foreign_key "fk25" {
    columns     = [column.c26]
    ref_columns = [table.t13.column.c15]
    on_delete   = SET_NULL
  }
}
