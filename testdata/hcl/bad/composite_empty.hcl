# want: 3:1 Empty composite type
schema "public" {}
composite "address" {
  schema = schema.public
}
