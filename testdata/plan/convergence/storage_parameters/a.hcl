schema "public" {}

table "events" {
  schema = schema.public
  storage_parameters = {
    fillfactor                 = 70
    autovacuum_enabled         = false
    "toast.autovacuum_enabled" = false
  }

  column "id" {
    type = bigint
  }
  column "payload" {
    type = text
  }
}

table "plain" {
  schema = schema.public

  column "id" {
    type = bigint
  }
}
