schema "public" {}

table "things" {
  schema  = schema.public
  comment = "Things"
  column "id" {
    type    = integer
    comment = "It's the id"
  }
  column "name" { type = text }
}
