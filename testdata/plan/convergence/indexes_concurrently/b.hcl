schema "public" {}

table "logs" {
  schema = schema.public
  column "id" { type = bigint }
  column "at" { type = timestamptz }
  column "level" { type = text }
  index "idx_logs_at" {
    on {
      column = column.at
      desc   = true
    }
    concurrently = true
  }
  index "idx_logs_level" {
    columns      = [column.level]
    where        = "level <> 'debug'"
    concurrently = true
  }
}

table "fresh" {
  schema = schema.public
  column "id" { type = integer }
  index "idx_fresh_id" {
    columns      = [column.id]
    concurrently = true
  }
}
