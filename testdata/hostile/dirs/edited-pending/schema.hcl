schema "dir_edited_pending" {}

table "dir_edited_pending" "t" {
  schema = schema.dir_edited_pending
  column "id" { type = integer }
  column "note" {
    type = text
    null = true
  }
}
