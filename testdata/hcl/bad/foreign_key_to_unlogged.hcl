# want: 20:15 Foreign key to an unlogged table
schema "public" {}

table "cache" {
  schema   = schema.public
  unlogged = true
  column "id" {
    type = bigint
  }
  primary_key {
    columns = [column.id]
  }
}

table "orders" {
  schema = schema.public
  column "cache_id" {
    type = bigint
  }
  foreign_key "orders_cache_fk" {
    columns     = [column.cache_id]
    ref_columns = [table.cache.column.id]
  }
}
