schema "public" {}

table "Odd Table" {
  schema = schema.public
  column "becomes serial" { type = serial }
  column "stops being serial" {
    type    = integer
    default = 0
  }
  column "label" { type = text }
}
