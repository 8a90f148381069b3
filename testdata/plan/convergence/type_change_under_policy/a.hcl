schema "public" {}

table "notes" {
  schema = schema.public
  column "id" { type = integer }
  column "owner_id" { type = text }
  column "level" { type = smallint }
  row_security { enabled = true }
}

policy "notes_owner" {
  on    = table.notes
  to    = ["authenticated"]
  using = "owner_id = current_user AND level < 5"
}
