# Table properties: an unlogged table with storage parameters, a replica
# identity, column collations, and comments on a schema and a policy.
schema "public" {
  comment = "Application tables"
}

table "sessions" {
  schema   = schema.public
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
  column "user_name" {
    type    = varchar(100)
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

table "audit_log" {
  schema           = schema.public
  replica_identity = FULL

  column "id" {
    type = bigint
  }
  column "entry" {
    type = text
  }
}

policy "sessions_read" {
  on      = table.sessions
  for     = SELECT
  to      = [PUBLIC]
  using   = "true"
  comment = "Sessions are readable by everyone; the token column is not granted"
}
