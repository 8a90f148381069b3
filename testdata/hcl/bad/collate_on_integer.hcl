# want: 8:15 Invalid collation
schema "public" {}

table "t" {
  schema = schema.public
  column "n" {
    type    = integer
    collate = "C"
  }
}
