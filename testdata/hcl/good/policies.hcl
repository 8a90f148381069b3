# Policies of every command and kind, on a table with forced row security.
schema "public" {}

table "notes" {
  schema  = schema.public
  comment = "Private notes"

  column "id" {
    type = uuid
  }
  column "owner" {
    type = uuid
  }

  row_security {
    enabled = true
    forced  = true
  }
}

policy "notes_all" {
  on    = table.notes
  for   = ALL
  to    = ["service_role"]
  using = "true"
  check = "true"
}

policy "notes_delete" {
  on    = table.notes
  for   = DELETE
  to    = ["authenticated"]
  using = "owner = auth.uid()"
}

policy "notes_insert" {
  on    = table.notes
  for   = INSERT
  to    = ["authenticated"]
  check = "owner = auth.uid()"
}

policy "notes_public_read" {
  on    = table.notes
  for   = SELECT
  to    = ["PUBLIC"]
  using = "false"
}

policy "notes_restrict" {
  on    = table.notes
  for   = UPDATE
  as    = RESTRICTIVE
  to    = ["anon", "authenticated"]
  using = "owner = auth.uid()"
  check = "owner = auth.uid()"
}
