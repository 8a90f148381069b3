schema "public" {}

table "events" {
  schema = schema.public
  column "id" { type = integer }
  column "at" { type = timestamp }
  column "amount" { type = numeric }
  column "name" { type = varchar }
  column "flags" { type = bit(4) }
  column "tod" { type = time(6) }
  column "span" { type = interval }
}
