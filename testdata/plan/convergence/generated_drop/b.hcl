schema "public" {}

# The generation removed: DROP EXPRESSION keeps the column and the values
# it computed; a default given at the same time applies from then on.
table "lines" {
  schema = schema.public
  column "id" { type = bigint }
  column "qty" { type = integer }
  column "price" { type = integer }
  column "note" { type = text }
  column "total" {
    type    = integer
    default = 1
  }
  column "label" {
    type = text
    null = true
  }
  primary_key { columns = [column.id] }
  index "lines_total_idx" { columns = [column.total] }
  check "lines_total_positive" { expr = "total > 0" }
}
