schema "public" {}

table "t6" {
  schema = schema.public

  column "c11" {
    type = integer
  }
  column "c12" {
    type = jsonb
  }
}
