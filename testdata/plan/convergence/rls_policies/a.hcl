schema "public" {}

table "notes" {
  schema = schema.public
  column "id" { type = integer }
  column "owner" { type = text }
  row_security { enabled = true }
}

policy "notes_read" {
  on    = table.notes
  for   = SELECT
  to    = ["authenticated"]
  using = "true"
}

policy "notes_write" {
  on    = table.notes
  for   = INSERT
  to    = ["authenticated"]
  check = "owner = current_user"
}

policy "notes_gone" {
  on = table.notes
  to = ["anon"]
  using = "false"
}
