schema "public" {}

table "locked" {
  schema = schema.public
  column "id" { type = integer }
}

table "open" {
  schema = schema.public
  column "id" { type = integer }
  row_security {
    enabled = true
    forced  = true
  }
}

table "half" {
  schema = schema.public
  column "id" { type = integer }
  row_security {
    enabled = false
    forced  = true
  }
}
