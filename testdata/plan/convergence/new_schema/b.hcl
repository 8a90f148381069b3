schema "public" {}

schema "audit" {}

enum "audit_kind" {
  schema = schema.audit
  values = ["insert", "delete"]
}

table "base" {
  schema = schema.public
  column "id" { type = integer }
  primary_key { columns = [column.id] }
}

table "entries" {
  schema = schema.audit
  column "id" { type = integer }
  column "base_id" { type = integer }
  column "kind" {
    type    = enum.audit_kind
    default = "insert"
  }
  check "entries_kind_check" { expr = "kind <> 'delete' OR base_id > 0" }
  foreign_key "entries_base_fk" {
    columns     = [column.base_id]
    ref_columns = [table.base.column.id]
  }
  index "idx_entries_kind" {
    columns = [column.base_id]
    where   = "kind = 'insert'"
  }
}
