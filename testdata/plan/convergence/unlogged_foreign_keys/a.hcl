schema "public" {}

# cache turns unlogged while orders, which stays logged, drops its foreign
# key into it; archive turns logged while ledger gains one into it.
table "cache" {
  schema = schema.public

  column "id" {
    type = bigint
  }

  primary_key {
    columns = [column.id]
  }
}

table "orders" {
  schema = schema.public

  column "id" {
    type = bigint
  }
  column "cache_id" {
    type = bigint
    null = true
  }

  foreign_key "orders_cache_fk" {
    columns     = [column.cache_id]
    ref_columns = [table.cache.column.id]
  }
}

table "archive" {
  schema   = schema.public
  unlogged = true

  column "id" {
    type = bigint
  }

  primary_key {
    columns = [column.id]
  }
}

table "ledger" {
  schema = schema.public

  column "id" {
    type = bigint
  }
  column "archive_id" {
    type = bigint
    null = true
  }
}
