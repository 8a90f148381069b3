schema "public" {}

table "lines" {
  schema = schema.public
  column "id" { type = bigint }
  column "qty" { type = integer }
  column "price" { type = integer }
  column "note" { type = text }
  column "total" {
    type = integer
    as {
      expr = "qty * price"
      type = STORED
    }
  }
  column "label" {
    type = text
    null = true
  }
  primary_key { columns = [column.id] }
  index "lines_total_idx" { columns = [column.total] }
  check "lines_total_positive" { expr = "total > 0" }
}
