# What schemactl owns: a schema it owns entirely, a shared one, and a table
# that is never dropped.
schema "app" {
  exclusive = true
  comment   = "Everything in app is declared here; anything else in it is dropped"
}

schema "public" {
  comment = "Shared with other teams: only what is declared is touched"
}

table "products" {
  schema = schema.app

  column "id" {
    type = uuid
  }

  primary_key {
    columns = [column.id]
  }
}

table "invoices" {
  schema = schema.public

  column "id" {
    type = uuid
  }

  primary_key {
    columns = [column.id]
  }

  lifecycle {
    prevent_destroy = true
  }
}
