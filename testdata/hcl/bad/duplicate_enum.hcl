# want: 7:6 Duplicate enum
schema "public" {}
enum "mood" {
  schema = schema.public
  values = ["sad", "happy"]
}
enum "mood" {
  schema = schema.public
  values = ["ok"]
}
