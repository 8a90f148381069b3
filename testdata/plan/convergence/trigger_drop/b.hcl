schema "public" {}

table "posts" {
  schema = schema.public
  column "id" { type = int }
  column "title" { type = text }
  column "updated_at" {
    type    = timestamptz
    default = sql("'2000-01-01'::timestamptz")
  }
  primary_key { columns = [column.id] }
}
