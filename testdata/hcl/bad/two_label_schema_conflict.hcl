# want: 5:12 Conflicting schema
schema "a" {}
schema "b" {}
table "a" "users" {
  schema = schema.b
  column "id" {
    type = integer
  }
}
