# want: 11:20 Reference to undeclared table
schema "public" {}

table "t" {
  schema = schema.public
  column "user_id" {
    type = integer
  }
  foreign_key "t_user_id_fkey" {
    columns     = [column.user_id]
    ref_columns = [table.users.column.id]
  }
}
