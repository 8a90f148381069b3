schema "public" {}

table "labels" {
  schema = schema.public
  column "id" { type = integer }
  column "name" { type = text }
  column "code" { type = text }
  primary_key { columns = [column.id] }
  index "labels_name_idx" {
    columns = [column.name]
  }
  index "labels_code_idx" {
    on {
      column  = column.code
      collate = "POSIX"
    }
  }
  index "labels_lower_idx" {
    on {
      expr    = "lower(name)"
      collate = "C"
      ops     = "pg_catalog.text_pattern_ops"
    }
  }
}
