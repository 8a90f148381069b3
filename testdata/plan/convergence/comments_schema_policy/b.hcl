schema "public" {
  comment = "Public things"
}

schema "app" {
  comment = "Application tables, renamed"
}

table "documents" {
  schema = schema.app

  column "id" {
    type = bigint
  }
  column "owner" {
    type = text
  }

  row_security {
    enabled  = true
    enforced = true
  }
}

policy "documents_read" {
  on    = table.documents
  for   = SELECT
  to    = [PUBLIC]
  using = "owner = current_user"
}

policy "documents_write" {
  on      = table.documents
  for     = ALL
  to      = [PUBLIC]
  using   = "owner = current_user"
  check   = "owner = current_user"
  comment = "Owners write their documents"
}

policy "documents_delete" {
  on      = table.documents
  for     = DELETE
  to      = ["PUBLIC"]
  using   = "owner = 'admin'"
  comment = "Only admin deletes"
}

policy "documents_new" {
  on      = table.documents
  for     = UPDATE
  to      = [PUBLIC]
  using   = "owner = current_user"
  comment = "Owners update"
}
