schema "public" {}

# public.their_events (setup.sql) is another team's table, never declared.
table "orders" {
  schema = schema.public
  column "id" { type = integer }
}
