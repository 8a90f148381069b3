# pgcrypto moves to a new schema (ALTER EXTENSION ... SET SCHEMA, after
# the schema is created); hstore is updated to 1.8 (ALTER EXTENSION ...
# UPDATE TO), its column and rows untouched.
schema "public" {}
schema "extensions" {}

extension "pgcrypto" {
  schema = schema.extensions
}
extension "hstore" {
  schema  = schema.public
  version = "1.8"
}

table "kv" {
  schema = schema.public
  column "id" { type = bigint }
  column "attrs" {
    type = sql("hstore")
    null = true
  }
  primary_key { columns = [column.id] }
}
