# want: 5:29 Duplicate enum value
schema "public" {}
enum "mood" {
  schema = schema.public
  values = ["sad", "happy", "sad"]
}
