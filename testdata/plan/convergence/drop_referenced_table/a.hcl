schema "public" {}

table "categories" {
  schema = schema.public
  column "id" { type = integer }
  primary_key { columns = [column.id] }
}

table "products" {
  schema = schema.public
  column "id" { type = integer }
  column "category_id" {
    type = integer
    null = true
  }
  foreign_key "products_category_fk" {
    columns     = [column.category_id]
    ref_columns = [table.categories.column.id]
    on_delete   = SET_NULL
  }
}
