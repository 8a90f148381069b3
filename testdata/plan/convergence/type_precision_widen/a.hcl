schema "public" {}

table "events" {
  schema = schema.public
  column "id" { type = integer }
  column "at" { type = timestamp }
  column "at_tz" { type = timestamptz(3) }
  column "flags" { type = bit_varying(4) }
  column "age" { type = year }
  column "amount" { type = numeric(10, 2) }
  column "code" { type = char(3) }
  column "tod" { type = time(3) }
  column "span" { type = interval(2) }
}
