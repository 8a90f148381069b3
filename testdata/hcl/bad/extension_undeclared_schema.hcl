# want: 5:12 Reference to undeclared schema
schema "public" {}

extension "citext" {
  schema = schema.extensions
}
