# want: 4:1 Unsupported block type
schema "public" {}

tabel "t" {
  schema = schema.public
}
