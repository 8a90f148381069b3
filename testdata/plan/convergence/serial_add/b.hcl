schema "public" {}

table "tickets" {
  schema = schema.public
  column "title" { type = text }
  column "id" { type = bigserial }
  column "small" { type = smallserial }
}
