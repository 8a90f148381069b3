schema "public" {}

# The owning column dropped and another made the owner: the sequence is
# released first (OWNED BY NONE), or the drop would take it along.
sequence "ticket_no" {
  schema = schema.public
  owner  = table.tickets.column.new_no
}

table "tickets" {
  schema = schema.public
  column "id" { type = bigint }
  column "new_no" {
    type    = bigint
    default = sql("nextval('ticket_no')")
  }
}
