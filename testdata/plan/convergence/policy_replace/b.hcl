schema "public" {}

table "files" {
  schema = schema.public
  column "id" { type = integer }
  column "owner" { type = text }
  row_security { enabled = true }
}

policy "files_cmd" {
  on    = table.files
  for   = DELETE
  to    = ["authenticated"]
  using = "true"
}

policy "files_kind" {
  on    = table.files
  as    = RESTRICTIVE
  to    = ["authenticated"]
  using = "owner = current_user"
}

policy "files_drop_using" {
  on    = table.files
  for   = UPDATE
  to    = ["authenticated"]
  check = "owner = current_user"
}
