schema "public" {}

table "items" {
  schema = schema.public
  column "id" { type = integer }
  column "tags" { type = sql("text[]") }
  column "status" {
    type    = text
    default = "active"
  }
  column "score" {
    type    = numeric(10, 2)
    default = 0
  }
  column "enabled" {
    type    = boolean
    default = true
  }
  column "seen_at" {
    type = timestamptz
    null = true
  }
  primary_key { columns = [column.id] }
}
