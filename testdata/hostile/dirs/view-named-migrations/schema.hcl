schema "dir_view" {}

table "dir_view" "t" {
  schema = schema.dir_view
  column "id" { type = integer }
  column "note" {
    type = text
    null = true
  }
}
