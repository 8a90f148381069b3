# Every grant removed: REVOKE each (labels.internal's column grant goes
# with its column, no REVOKE for it).
schema "public" {}

table "todos" {
  schema = schema.public
  column "id" { type = bigint }
  column "title" { type = text }
  column "owner" { type = text }
  primary_key { columns = [column.id] }
}

table "labels" {
  schema = schema.public
  column "id" { type = bigint }
  column "name" { type = text }
}
