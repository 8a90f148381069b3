schema "dir_smuggled_notx" {}

table "dir_smuggled_notx" "t" {
  schema = schema.dir_smuggled_notx
  column "id" { type = integer }
  column "note" {
    type = text
    null = true
  }
}
