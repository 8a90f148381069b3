schema "public" {}

table "labels" {
  schema = schema.public
  column "id" { type = integer }
  column "name" { type = text }
  column "code" { type = text }
  primary_key { columns = [column.id] }
  index "labels_name_idx" {
    on {
      column  = column.name
      collate = "C"
    }
  }
  index "labels_code_idx" {
    columns = [column.code]
  }
  index "labels_lower_idx" {
    on {
      expr    = "lower(name)"
      collate = "POSIX"
      ops     = text_pattern_ops
    }
  }
}
