schema "public" {}
schema "extensions" {}

extension "citext" {
  schema = schema.extensions
}

table "users" {
  schema = schema.public
  column "id" { type = bigint }
  column "email" { type = sql("extensions.citext") }
  primary_key { columns = [column.id] }
}

table "tags" {
  schema = schema.public
  column "name" { type = sql("extensions.citext") }
}
