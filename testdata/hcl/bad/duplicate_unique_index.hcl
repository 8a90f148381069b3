# want: 13:10 Duplicate name
schema "public" {}

table "t" {
  schema = schema.public
  column "email" {
    type = text
  }
  index "t_email_key" {
    unique  = true
    columns = [column.email]
  }
  unique "t_email_key" {
    columns = [column.email]
  }
}
