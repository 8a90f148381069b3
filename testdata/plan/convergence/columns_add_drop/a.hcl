schema "public" {}

table "items" {
  schema = schema.public
  column "id" { type = integer }
  column "legacy" {
    type = text
    null = true
  }
  column "tags" { type = sql("text[]") }
  primary_key { columns = [column.id] }
}
