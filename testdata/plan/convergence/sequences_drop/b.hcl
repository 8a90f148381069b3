schema "public" {}

# Dropped: a sequence with the column that owns it (which takes it along),
# one with the table whose default used it, and one whose default goes.
table "orders" {
  schema = schema.public
  column "id" { type = bigint }
  column "ref" { type = bigint }
}
