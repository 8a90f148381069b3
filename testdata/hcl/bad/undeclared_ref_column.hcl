# want: 19:20 Reference to undeclared column
schema "public" {}

table "users" {
  schema = schema.public
  column "id" {
    type = integer
  }
  primary_key { columns = [column.id] }
}

table "t" {
  schema = schema.public
  column "user_id" {
    type = integer
  }
  foreign_key "t_user_id_fkey" {
    columns     = [column.user_id]
    ref_columns = [table.users.column.uid]
  }
}
