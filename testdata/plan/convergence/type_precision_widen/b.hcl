# Every change keeps every value, and PostgreSQL makes none of them
# rewrite the table: no hazard.
schema "public" {}

table "events" {
  schema = schema.public
  column "id" { type = integer }
  column "at" { type = timestamp(6) }
  column "at_tz" { type = timestamptz }
  column "flags" { type = bit_varying(8) }
  column "age" { type = interval }
  column "amount" { type = numeric }
  column "code" { type = bpchar }
  column "tod" { type = time(6) }
  column "span" { type = interval(6) }
}
