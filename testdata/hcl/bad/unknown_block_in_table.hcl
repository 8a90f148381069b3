# want: 6:3 Unsupported block type
schema "public" {}

table "t" {
  schema = schema.public
  colum "id" {
    type = integer
  }
}
