# want: 13:15 Duplicate name
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = integer
  }
  primary_key { columns = [column.id] }
  check "t_parent" {
    expr = "id > 0"
  }
  foreign_key "t_parent" {
    columns     = [column.id]
    ref_columns = [column.id]
  }
}
