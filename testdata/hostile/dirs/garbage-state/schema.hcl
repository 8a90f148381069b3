schema "dir_garbage_state" {}

table "dir_garbage_state" "t" {
  schema = schema.dir_garbage_state
  column "id" { type = integer }
  column "note" {
    type = text
    null = true
  }
}
