# want: 6:12 Invalid sequence type
schema "public" {}

sequence "s" {
  schema = schema.public
  type   = text
}
