schema "public" {}

table "keep" {
  schema = schema.public
  column "id" { type = integer }
}

table "left_side" {
  schema = schema.public
  column "id" { type = integer }
  column "right_id" {
    type = integer
    null = true
  }
  primary_key { columns = [column.id] }
  foreign_key "left_right_fk" {
    columns     = [column.right_id]
    ref_columns = [table.right_side.column.id]
  }
}

table "right_side" {
  schema = schema.public
  column "id" { type = integer }
  column "left_id" {
    type = integer
    null = true
  }
  primary_key { columns = [column.id] }
  foreign_key "right_left_fk" {
    columns     = [column.left_id]
    ref_columns = [table.left_side.column.id]
  }
}
