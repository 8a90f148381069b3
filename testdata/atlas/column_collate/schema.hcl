# Written from Atlas's documented PostgreSQL HCL ("Charset and
# Collation"): collate on a column names a collation; here two that every
# PostgreSQL server has.
schema "public" {}

table "products" {
  schema = schema.public
  column "id" {
    null = false
    type = integer
  }
  column "name" {
    null    = false
    type    = text
    collate = "C"
  }
  column "sku" {
    null    = true
    type    = varchar(32)
    collate = "POSIX"
  }
  primary_key {
    columns = [column.id]
  }
  index "products_name_idx" {
    columns = [column.name]
  }
}
