schema "public" {}

table "owners" {
  schema = schema.public
  column "id" { type = integer }
  primary_key { columns = [column.id] }
}

table "pets" {
  schema = schema.public
  column "id" { type = integer }
  column "owner_id" { type = integer }
  column "vet_id" {
    type = integer
    null = true
  }
  foreign_key "pets_owner_fk" {
    columns     = [column.owner_id]
    ref_columns = [table.owners.column.id]
  }
  foreign_key "pets_vet_fk" {
    columns     = [column.vet_id]
    ref_columns = [table.owners.column.id]
  }
  index "idx_pets_owner" { columns = [column.owner_id, column.id] }
}
