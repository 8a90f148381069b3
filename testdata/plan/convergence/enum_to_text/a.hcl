schema "public" {}

enum "mood" {
  schema = schema.public
  values = ["happy", "sad"]
}

table "diary" {
  schema = schema.public
  column "id" { type = integer }
  column "mood" {
    type    = enum.mood
    default = "happy"
  }
  column "moods" {
    type = sql("mood[]")
    null = true
  }
}
