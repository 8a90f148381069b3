schema "public" {}

enum "old_kind" {
  schema = schema.public
  values = ["x"]
}

table "old_things" {
  schema = schema.public
  column "id" { type = integer }
  column "kind" { type = enum.old_kind }
  primary_key { columns = [column.id] }
  index "idx_old_kind" { columns = [column.kind] }
}
