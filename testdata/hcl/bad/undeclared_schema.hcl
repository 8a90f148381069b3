# want: 5:12 Reference to undeclared schema
schema "public" {}

table "t" {
  schema = schema.pubic
  column "id" {
    type = integer
  }
}
