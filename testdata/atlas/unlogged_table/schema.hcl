# Written from Atlas's unlogged tables guide for PostgreSQL: unlogged =
# true on a table makes it CREATE UNLOGGED TABLE.
schema "public" {}

table "page_views" {
  schema   = schema.public
  unlogged = true
  column "id" {
    null = false
    type = bigint
  }
  column "path" {
    null = false
    type = text
  }
  column "viewed_at" {
    null    = false
    type    = timestamptz
    default = sql("now()")
  }
  primary_key {
    columns = [column.id]
  }
}
