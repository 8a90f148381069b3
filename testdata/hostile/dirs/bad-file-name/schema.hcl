schema "dir_bad_file_name" {}

table "dir_bad_file_name" "t" {
  schema = schema.dir_bad_file_name
  column "id" { type = integer }
  column "note" {
    type = text
    null = true
  }
}
