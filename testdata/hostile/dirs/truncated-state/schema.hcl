schema "dir_truncated_state" {}

table "dir_truncated_state" "t" {
  schema = schema.dir_truncated_state
  column "id" { type = integer }
  column "note" {
    type = text
    null = true
  }
}
