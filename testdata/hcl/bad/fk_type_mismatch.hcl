# want: 18:19 Foreign key type mismatch
schema "public" {}

table "users" {
  schema = schema.public
  column "id" {
    type = uuid
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
    ref_columns = [table.users.column.id]
  }
}
