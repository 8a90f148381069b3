schema "public" {}

table "tickets" {
  schema = schema.public
  column "title" { type = text }
}
