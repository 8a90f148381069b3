schema "public" {}
schema "billing" {}

table "customers" {
  schema = schema.public
  column "id" { type = integer }
  primary_key { columns = [column.id] }
}

table "invoices" {
  schema = schema.billing
  column "id" { type = integer }
  column "customer_id" { type = integer }
}
