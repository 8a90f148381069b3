schema "public" {}

table "t13" {
  schema = schema.public

  column "c15" {
    type = date
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
  column "c27" {
    type = date
    null = true
  }

  foreign_key "fk25" {
    columns     = [column.c26]
    ref_columns = [table.t13.column.c15]
    on_delete   = SET_NULL
  }
  foreign_key "fk26" {
    columns     = [column.c27]
    ref_columns = [table.t13.column.c15]
  }
}
