schema "public" {}

table "diary" {
  schema = schema.public
  column "id" { type = integer }
  column "mood" {
    type    = text
    default = "happy"
  }
  column "moods" {
    type = sql("text[]")
    null = true
  }
  check "diary_mood_check" { expr = "mood IN ('happy', 'sad', 'calm')" }
}
