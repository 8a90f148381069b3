schema "public" {}

# A generated column added to a table with rows: computed for each.
table "lines" {
  schema = schema.public
  column "id" { type = bigint }
  column "qty" { type = integer }
  column "price" { type = integer }
  column "total" {
    type = integer
    as {
      expr = "qty * price"
      type = STORED
    }
  }
  primary_key { columns = [column.id] }
  index "lines_total_idx" { columns = [column.total] }
}
