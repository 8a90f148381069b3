schema "public" {}

enum "new_kind" {
  schema = schema.public
  values = ["y", "z"]
}

table "new_things" {
  schema  = schema.public
  comment = "Replaces old_things"
  column "id" { type = integer }
  column "kind" { type = enum.new_kind }
  primary_key { columns = [column.id] }
  index "idx_old_kind" { columns = [column.kind] }
}
