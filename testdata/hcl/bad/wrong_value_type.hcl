# want: 8:12 Incorrect attribute value type
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = integer
    null = "yes"
  }
}
