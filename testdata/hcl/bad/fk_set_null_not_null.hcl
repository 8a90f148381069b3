# want: 10:19 SET_NULL on a NOT NULL column
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = integer
  }
  foreign_key "t_parent_fkey" {
    columns     = [column.id]
    ref_columns = [column.id]
    on_delete   = SET_NULL
  }
  primary_key { columns = [column.id] }
}
