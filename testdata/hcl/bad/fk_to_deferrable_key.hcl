# want: 22:19 Referenced columns are not a key
schema "public" {}

table "users" {
  schema = schema.public
  column "id" {
    type = integer
  }
  primary_key {
    columns    = [column.id]
    deferrable = true
  }
}

table "posts" {
  schema = schema.public
  column "user_id" {
    type = integer
  }
  foreign_key "posts_user_fk" {
    columns     = [column.user_id]
    ref_columns = [table.users.column.id]
  }
}
