schema "public" {}

table "widgets" {
  schema  = schema.public
  comment = "Widgets"
  column "id" {
    type    = integer
    comment = "Identifier"
  }
  column "name" {
    type    = text
    comment = "Name"
  }
  column "size" { type = integer }
}
