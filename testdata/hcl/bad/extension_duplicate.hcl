# want: 6:11 Duplicate extension
schema "public" {}

extension "citext" {}

extension "citext" {
  schema = schema.public
}
