schema "public" {}

table "misc" {
  schema = schema.public
  column "id" { type = text }
  column "payload" { type = text }
  column "flag" { type = text }
  column "day" { type = timestamptz }
  column "n" { type = integer }
  column "addr" { type = cidr }
  column "doc" { type = json }
}
