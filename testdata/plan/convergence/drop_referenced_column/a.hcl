schema "public" {}

table "parents" {
  schema = schema.public
  column "id" { type = integer }
  column "code" { type = text }
  primary_key { columns = [column.id] }
  unique "parents_code_key" { columns = [column.code] }
}

table "children" {
  schema = schema.public
  column "id" { type = integer }
  column "parent_code" { type = text }
  foreign_key "children_parent_code_fk" {
    columns     = [column.parent_code]
    ref_columns = [table.parents.column.code]
  }
}
