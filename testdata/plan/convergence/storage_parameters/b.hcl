schema "public" {}

table "events" {
  schema = schema.public
  storage_parameters = {
    fillfactor                     = 80
    autovacuum_vacuum_scale_factor = 0.05
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
  storage_parameters = {
    vacuum_index_cleanup = "auto"
  }

  column "id" {
    type = bigint
  }
}
