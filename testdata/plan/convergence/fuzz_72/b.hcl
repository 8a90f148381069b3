schema "public" {}

table "t5" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "my c8" {
    type = bigint
    identity {
      generated = BY_DEFAULT
    }
  }
}
