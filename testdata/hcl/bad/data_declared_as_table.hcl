# want: 15:14 Data table declared as a table
schema "public" {}

table "documents" {
  schema = schema.public
  column "id" {
    type = bigint
  }
  primary_key {
    columns = [column.id]
  }
}

# The same table, public.documents, as data.
data "table" "documents" {
  schema = "public"
  column "id" {
    type = bigint
  }
}
