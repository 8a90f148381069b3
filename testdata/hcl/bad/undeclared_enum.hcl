# want: 7:12 Reference to undeclared enum
schema "public" {}

table "t" {
  schema = schema.public
  column "mood" {
    type = enum.mood
  }
}
