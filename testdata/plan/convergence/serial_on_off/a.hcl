schema "public" {}

table "Odd Table" {
  schema = schema.public
  column "becomes serial" { type = integer }
  column "stops being serial" { type = serial }
  column "label" { type = text }
}
