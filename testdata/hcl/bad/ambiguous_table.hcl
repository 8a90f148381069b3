# want: 12:7 Ambiguous table name
schema "a" {}
schema "b" {}

table "users" {
  schema = schema.a
  column "id" {
    type = integer
  }
}

table "users" {
  schema = schema.b
  column "id" {
    type = integer
  }
}
