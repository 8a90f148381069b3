schema "public" {}

table "Orders" {
  schema = schema.public
  column "order id" { type = integer }
  column "label" { type = text }
  primary_key { columns = [column["order id"]] }
}

table "empty_one" {
  schema = schema.public
  column "id" { type = bigint }
  primary_key { columns = [column.id] }
}
