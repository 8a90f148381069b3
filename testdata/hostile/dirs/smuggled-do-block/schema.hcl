schema "dir_smuggled_do" {}

table "dir_smuggled_do" "t" {
  schema = schema.dir_smuggled_do
  column "id" { type = integer }
  column "note" {
    type = text
    null = true
  }
}
