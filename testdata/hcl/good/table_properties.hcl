schema "public" {
  comment = "Application tables"
}

table "sessions" {
  schema   = schema.public
  comment  = "Sessions: rebuilt from the login service after a crash"
  unlogged = true
  storage_parameters = {
    fillfactor                 = 70
    autovacuum_enabled         = false
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

  row_security {
    enabled  = true
    enforced = true
  }
}

table "events" {
  schema           = schema.public
  replica_identity = FULL

  column "id" {
    type = bigint
  }
}

policy "sessions_read" {
  on      = table.sessions
  for     = SELECT
  to      = [PUBLIC]
  using   = "true"
  comment = "Anyone may read sessions"
}
