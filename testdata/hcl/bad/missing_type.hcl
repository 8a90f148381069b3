# want: 6:3 Missing required argument
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    null = true
  }
}
