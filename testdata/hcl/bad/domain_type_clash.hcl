# want: 7:8 Duplicate type
schema "public" {}
enum "mood" {
  schema = schema.public
  values = ["sad", "happy"]
}
domain "mood" {
  schema = schema.public
  type   = text
}
