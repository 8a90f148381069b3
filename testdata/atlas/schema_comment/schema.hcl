# Written from Atlas's documented PostgreSQL HCL ("Schema", "Comment"):
# comment on a schema, a table and a column.
schema "public" {
  comment = "A schema comment"
}

schema "private" {
  comment = "Not for the API"
}

table "users" {
  schema = schema.private
  column "name" {
    type    = text
    comment = "A column comment"
  }
  comment = "A table comment"
}
