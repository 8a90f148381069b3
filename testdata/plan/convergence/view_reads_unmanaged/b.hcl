schema "public" {}

# public.their_events (setup.sql) is another team's table, never declared.
table "orders" {
  schema = schema.public
  column "id" { type = integer }
}

view "order_events" {
  schema = schema.public
  as     = "SELECT o.id, e.id AS event_id FROM public.orders o JOIN public.their_events e ON e.order_id = o.id"
}
