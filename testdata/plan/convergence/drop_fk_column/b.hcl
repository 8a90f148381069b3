schema "public" {}

table "owners" {
  schema = schema.public
  column "id" { type = integer }
  primary_key { columns = [column.id] }
}

table "pets" {
  schema = schema.public
  column "id" { type = integer }
  column "vet_id" {
    type = integer
    null = true
  }
  foreign_key "pets_vet_fk" {
    columns     = [column.vet_id]
    ref_columns = [table.owners.column.id]
    on_delete   = SET_NULL
  }
}
