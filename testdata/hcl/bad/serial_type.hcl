# want: 7:12 Unknown type
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = serial
  }
}
