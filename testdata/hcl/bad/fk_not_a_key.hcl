# want: 22:19 Referenced columns are not a key
schema "public" {}

table "users" {
  schema = schema.public
  column "id" {
    type = integer
  }
  column "email" {
    type = text
  }
  primary_key { columns = [column.id] }
}

table "t" {
  schema = schema.public
  column "email" {
    type = text
  }
  foreign_key "t_email_fkey" {
    columns     = [column.email]
    ref_columns = [table.users.column.email]
  }
}
