schema "public" {}

extension "pgcrypto" {
  schema = schema.public
}
extension "hstore" {
  schema  = schema.public
  version = "1.7"
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
