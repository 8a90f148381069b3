schema "dir_smuggled_commit" {}

table "dir_smuggled_commit" "t" {
  schema = schema.dir_smuggled_commit
  column "id" { type = integer }
  column "note" {
    type = text
    null = true
  }
}
