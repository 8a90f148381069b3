# want: 6:3 Wrong number of labels on column block
schema "public" {}

table "t" {
  schema = schema.public
  column {
    type = integer
  }
}
