# Two extensions in a new schema, created after it and before the column
# and the table that use a type and a function of theirs.
schema "public" {}
schema "extensions" {}

extension "citext" {
  schema = schema.extensions
}
extension "pgcrypto" {
  schema  = schema.extensions
  version = "1.3"
}

table "users" {
  schema = schema.public
  column "id" { type = bigint }
  column "name" { type = text }
  column "email" {
    type = sql("extensions.citext")
    null = true
  }
  primary_key { columns = [column.id] }
}

table "api_keys" {
  schema = schema.public
  column "id" { type = bigint }
  column "secret" {
    type    = bytea
    default = sql("extensions.gen_random_bytes(32)")
  }
  column "owner_email" { type = sql("extensions.citext") }
  primary_key { columns = [column.id] }
}
