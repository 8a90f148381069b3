schema "public" {}

# A new expression, and a plain column made generated: each column is
# dropped and added again (its values computed again), and the index and
# check on total are created again after it. (Added again, they come last:
# here they were last already.)
table "lines" {
  schema = schema.public
  column "id" { type = bigint }
  column "qty" { type = integer }
  column "price" { type = integer }
  column "note" { type = text }
  column "total" {
    type = integer
    as {
      expr = "qty * price * 2"
      type = STORED
    }
  }
  column "label" {
    type = text
    null = true
    as {
      expr = "'line ' || id::text"
      type = STORED
    }
  }
  primary_key { columns = [column.id] }
  index "lines_total_idx" { columns = [column.total] }
  check "lines_total_positive" { expr = "total > 0" }
}
