# Each change loses precision, length or changes bit strings: a rewrite
# and data loss.
schema "public" {}

table "events" {
  schema = schema.public
  column "id" { type = integer }
  column "at" { type = timestamp(0) }
  column "amount" { type = numeric(10, 2) }
  column "name" { type = varchar(20) }
  column "flags" { type = bit(8) }
  column "tod" { type = time(2) }
  column "span" { type = interval(0) }
}
