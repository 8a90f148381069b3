schema "audit" {
  comment = "What happened, kept for a year"
}

schema "public" {
  comment = "Application tables"
}

table "events" {
  schema = schema.audit
  storage_parameters = {
    autovacuum_vacuum_scale_factor = 0.05
    toast_tuple_target             = 4096
  }
  replica_identity = FULL

  column "id" {
    type = bigint
  }
  column "payload" {
    type = jsonb
  }
  column "code" {
    type    = varchar(20)
    collate = "C"
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
    forced  = true
  }
}

table "queue" {
  schema           = schema.public
  replica_identity = NOTHING

  column "id" {
    type = bigint
  }
}

table "sessions" {
  schema   = schema.public
  unlogged = true
  storage_parameters = {
    autovacuum_enabled         = false
    fillfactor                 = 70
    "toast.autovacuum_enabled" = false
  }
  replica_identity = index.sessions_token_key

  column "id" {
    type = bigint
  }
  column "token" {
    type    = text
    collate = "C"
  }
  column "tags" {
    type    = sql("text[]")
    null    = true
    collate = "POSIX"
  }

  primary_key {
    columns = [column.id]
  }

  unique "sessions_token_key" {
    columns = [column.token]
  }
}

policy "documents_owner" {
  on      = table.documents
  for     = SELECT
  to      = ["PUBLIC"]
  using   = "owner = CURRENT_USER"
  comment = "Owners read their documents"
}
