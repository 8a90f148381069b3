schema "public" {}

table "notes" {
  schema = schema.public
  column "id" { type = integer }
  column "owner_id" { type = varchar(64) }
  column "level" { type = integer }
  row_security { enabled = true }
}

policy "notes_owner" {
  on    = table.notes
  to    = ["authenticated"]
  using = "owner_id = current_user AND level < 5"
}
