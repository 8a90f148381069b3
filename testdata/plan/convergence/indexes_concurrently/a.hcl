schema "public" {}

table "logs" {
  schema = schema.public
  column "id" { type = bigint }
  column "at" { type = timestamptz }
  column "level" { type = text }
  index "idx_logs_at" {
    columns      = [column.at]
    concurrently = true
  }
}
