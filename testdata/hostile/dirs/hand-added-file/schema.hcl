schema "dir_hand_added" {}

table "dir_hand_added" "t" {
  schema = schema.dir_hand_added
  column "id" { type = integer }
  column "note" {
    type = text
    null = true
  }
}
