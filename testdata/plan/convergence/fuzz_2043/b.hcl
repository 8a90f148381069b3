schema "public" {}

table "check" {
  schema = schema.public

  column "c10" {
    type = integer
  }

  primary_key "my pk25" {
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
