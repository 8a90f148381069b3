schema "dir_edited_applied" {}

table "dir_edited_applied" "t" {
  schema = schema.dir_edited_applied
  column "id" { type = integer }
  column "note" {
    type = text
    null = true
  }
}
