# want: 14:19 Invalid keyword
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = integer
    null = true
  }
  unique "t_id_key" { columns = [column.id] }
  foreign_key "t_self_fkey" {
    columns     = [column.id]
    ref_columns = [column.id]
    on_delete   = SET_NUL
  }
}
