schema "public" {}

table "lines" {
  schema = schema.public
  column "id" { type = bigint }
  column "qty" { type = integer }
  column "price" { type = integer }
  primary_key { columns = [column.id] }
}
