schema "public" {}

sequence "ticket_no" {
  schema = schema.public
  owner  = table.tickets.column.old_no
}

table "tickets" {
  schema = schema.public
  column "id" { type = bigint }
  column "old_no" {
    type    = bigint
    default = sql("nextval('ticket_no')")
  }
}
