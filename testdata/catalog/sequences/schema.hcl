# Standalone sequences, and serial columns whose sequence is not serial's own.
schema "public" {}

sequence "Odd \"Seq\"" {
  schema = schema.public
  type   = smallint
}

sequence "countdown" {
  schema    = schema.public
  increment = -1
}

sequence "invoice_no" {
  schema    = schema.public
  type      = integer
  start     = 1000
  increment = 5
  min_value = 0
  max_value = 100000
  cache     = 10
  cycle     = true
  owner     = table.invoices.column.no
  comment   = "Invoice numbers"
}

sequence "plain" {
  schema = schema.public
}

sequence "ticket_codes" {
  schema = schema.public
  owner  = table.tickets.column.code
}

sequence "tickets_id_seq" {
  schema = schema.public
  type   = integer
  start  = 500
  owner  = table.tickets.column.id
}

table "invoices" {
  schema = schema.public

  column "no" {
    type    = integer
    default = sql("nextval('invoice_no'::regclass)")
  }
  column "note" {
    type = text
    null = true
  }
}

table "tickets" {
  schema = schema.public

  column "id" {
    type    = integer
    default = sql("nextval('tickets_id_seq'::regclass)")
  }
  column "code" {
    type    = bigint
    default = sql("nextval('ticket_codes'::regclass)")
  }
  column "ref" {
    type    = smallint
    default = sql("nextval('\"Odd \"\"Seq\"\"\"'::regclass)")
  }

  primary_key {
    columns = [column.id]
  }
}
