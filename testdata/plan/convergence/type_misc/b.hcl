schema "public" {}

table "misc" {
  schema = schema.public
  column "id" { type = uuid }
  column "payload" { type = jsonb }
  column "flag" { type = boolean }
  column "day" { type = date }
  column "n" { type = numeric(10, 0) }
  column "addr" { type = inet }
  column "doc" { type = jsonb }
}
