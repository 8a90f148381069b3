# The extension goes after the table and the column that use its type
# (DROP EXTENSION never cascades): one DATA_LOSS for each.
schema "public" {}
schema "extensions" {}

table "users" {
  schema = schema.public
  column "id" { type = bigint }
  primary_key { columns = [column.id] }
}
