# want: 22:19 Foreign key column count mismatch
schema "public" {}

table "users" {
  schema = schema.public
  column "id" {
    type = integer
  }
  column "tenant" {
    type = integer
  }
  primary_key { columns = [column.tenant, column.id] }
}

table "t" {
  schema = schema.public
  column "user_id" {
    type = integer
  }
  foreign_key "t_user_fkey" {
    columns     = [column.user_id]
    ref_columns = [table.users.column.tenant, table.users.column.id]
  }
}
