schema "public" {}

table "cache" {
  schema = schema.public

  column "id" {
    type = bigint
  }

  primary_key {
    columns = [column.id]
  }
}

table "cache_items" {
  schema = schema.public

  column "id" {
    type = bigint
  }
  column "cache_id" {
    type = bigint
  }

  primary_key {
    columns = [column.id]
  }

  foreign_key "cache_items_cache_fk" {
    columns     = [column.cache_id]
    ref_columns = [table.cache.column.id]
  }
}

table "staging" {
  schema   = schema.public
  unlogged = true

  column "id" {
    type = bigint
  }

  primary_key {
    columns = [column.id]
  }
}

table "staging_rows" {
  schema   = schema.public
  unlogged = true

  column "id" {
    type = bigint
  }
  column "staging_id" {
    type = bigint
  }

  foreign_key "staging_rows_staging_fk" {
    columns     = [column.staging_id]
    ref_columns = [table.staging.column.id]
  }
}
