schema "public" {}

table "locked" {
  schema = schema.public
  column "id" { type = integer }
  row_security {
    enabled = true
    forced  = true
  }
}

table "open" {
  schema = schema.public
  column "id" { type = integer }
}

table "half" {
  schema = schema.public
  column "id" { type = integer }
  row_security { enabled = true }
}
