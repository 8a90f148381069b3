# What testdata/catalog/unexpressible/schema.sql inspects to: every table, less
# what the HCL cannot express (unexpressible.txt).
schema "public" {}

domain "odd_collated" {
  schema = schema.public
  type   = text
  null   = true
}

table "accounts" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "email" {
    type = text
    null = true
  }

  primary_key {
    columns = [column.id]
  }

  index "accounts_email_key" {
    unique         = true
    columns        = [column.email]
    nulls_distinct = false
  }
}

table "audit_log" {
  schema           = schema.public
  replica_identity = FULL

  column "id" {
    type = bigint
  }
  column "entry" {
    type = text
  }

  primary_key {
    columns = [column.id]
  }
}

table "bookings" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "during" {
    type = sql("tsrange")
  }

  primary_key {
    columns = [column.id]
  }

  exclude "bookings_no_overlap" {
    on {
      column = column.during
      op     = "&&"
    }
  }
}

table "cache_entries" {
  schema   = schema.public
  unlogged = true

  column "key" {
    type = text
  }
  column "value" {
    type = text
  }

  primary_key {
    columns = [column.key]
  }
}

table "documents" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "owner" {
    type = text
  }

  primary_key {
    columns = [column.id]
  }

  row_security {
    enabled = true
  }
}

table "events" {
  schema = schema.public
  storage_parameters = {
    fillfactor = 70
  }

  column "id" {
    type = bigint
  }
  column "payload" {
    type = jsonb
  }

  primary_key {
    columns = [column.id]
  }
}

table "invoices" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "net" {
    type = numeric(12, 2)
  }
  column "tax" {
    type = numeric(12, 2)
  }
  column "total" {
    type = numeric(12, 2)
    null = true
    as {
      expr = "net + tax"
      type = STORED
    }
  }

  primary_key {
    columns = [column.id]
  }
}

table "items" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "name" {
    type = text
  }
}

table "labels" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "name" {
    type    = text
    collate = "C"
  }

  primary_key {
    columns = [column.id]
  }
}

table "notes" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "body" {
    type = text
  }
  column "updated_at" {
    type    = timestamptz
    default = sql("now()")
  }

  primary_key {
    columns = [column.id]
  }
}

table "special_items" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "name" {
    type = text
  }
  column "discount" {
    type = integer
  }
}

table "tickets" {
  schema = schema.public

  column "id" {
    type = bigint
    identity {
      generated = ALWAYS
      start     = 1000
      increment = 10
    }
  }
  column "title" {
    type = text
  }

  primary_key {
    columns = [column.id]
  }
}

policy "documents_owner" {
  on      = table.documents
  for     = SELECT
  to      = ["PUBLIC"]
  using   = "owner = CURRENT_USER"
  comment = "Owners read their documents"
}

view "active_accounts" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "email" {
    type = text
  }

  as = <<-SQL
    SELECT accounts.id,
        accounts.email
       FROM accounts
      WHERE accounts.email IS NOT NULL
  SQL
}

function "touch_updated_at" {
  schema = schema.public
  lang   = PLpgSQL
  return = trigger
  as     = "\nBEGIN\n    NEW.updated_at := now();\n    RETURN NEW;\nEND\n"
}
