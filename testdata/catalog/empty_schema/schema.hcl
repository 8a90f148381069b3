schema "public" {}
schema "staging" {}
schema "Empty Too" {}

table "kept" {
  schema = schema.public
  column "id" {
    type = integer
    null = true
  }
}
