schema "public" {}

table "parents" {
  schema = schema.public
  column "id" { type = integer }
  primary_key { columns = [column.id] }
}

table "children" {
  schema = schema.public
  column "id" { type = integer }
  column "parent_id" {
    type = integer
    null = true
  }
  foreign_key "children_parent_fk" {
    columns     = [column.parent_id]
    ref_columns = [table.parents.column.id]
  }
}
