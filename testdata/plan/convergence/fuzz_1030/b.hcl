schema "public" {}

table "t9" {
  schema = schema.public

  column "c13" {
    type = integer
  }
  column "check" {
    type = text
  }
}
