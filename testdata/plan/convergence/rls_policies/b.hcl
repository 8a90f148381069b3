schema "public" {}

table "notes" {
  schema = schema.public
  column "id" { type = integer }
  column "owner" { type = text }
  row_security {
    enabled = true
    forced  = true
  }
}

policy "notes_read" {
  on    = table.notes
  for   = SELECT
  to    = ["anon", "authenticated"]
  using = "owner = current_user OR owner = 'public'"
}

policy "notes_write" {
  on    = table.notes
  for   = ALL
  as    = RESTRICTIVE
  to    = ["authenticated"]
  using = "true"
  check = "owner = current_user"
}

policy "notes_service" {
  on    = table.notes
  to    = ["service_role"]
  using = "true"
  check = "true"
}
