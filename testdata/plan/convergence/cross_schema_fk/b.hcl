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
  foreign_key "invoices_customer_fk" {
    columns     = [column.customer_id]
    ref_columns = [table.public.customers.column.id]
    on_delete   = RESTRICT
  }
}

table "billing" "customers" {
  schema = schema.billing
  column "id" { type = integer }
  column "public_id" { type = integer }
  primary_key { columns = [column.id] }
}
