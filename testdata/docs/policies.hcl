# Row-level security: forced on the table, and a policy per command.
schema "public" {}

table "notes" {
  schema = schema.public

  column "id" {
    type = uuid
  }
  column "owner" {
    type = uuid
  }
  column "body" {
    type = text
  }

  primary_key {
    columns = [column.id]
  }

  row_security {
    enabled = true
    forced  = true
  }
}

policy "notes_service_role_all" {
  on    = table.notes
  to    = ["service_role"]
  using = "true"
  check = "true"
}

policy "notes_owner_select" {
  on    = table.notes
  for   = SELECT
  to    = ["authenticated"]
  using = "owner = auth.uid()"
}

policy "notes_owner_insert" {
  on    = table.notes
  for   = INSERT
  to    = ["authenticated"]
  check = "owner = auth.uid()"
}

policy "notes_owner_update" {
  on    = table.notes
  for   = UPDATE
  to    = ["authenticated"]
  using = "owner = auth.uid()"
  check = "owner = auth.uid()"
}

policy "notes_owner_delete" {
  on    = table.notes
  for   = DELETE
  to    = ["authenticated"]
  using = "owner = auth.uid()"
}

policy "notes_not_anon" {
  on    = table.notes
  as    = RESTRICTIVE
  to    = ["PUBLIC"]
  using = "current_user <> 'anon'"
}
