schema "public" {}

schema "app" {
  comment = "Application tables"
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
    enabled = true
  }
}

policy "documents_read" {
  on      = table.documents
  for     = SELECT
  to      = ["PUBLIC"]
  using   = "owner = current_user"
  comment = "Owners read their documents"
}

policy "documents_write" {
  on      = table.documents
  for     = INSERT
  to      = ["PUBLIC"]
  check   = "owner = current_user"
  comment = "Owners write their documents"
}

policy "documents_delete" {
  on      = table.documents
  for     = DELETE
  to      = ["PUBLIC"]
  using   = "false"
  comment = "Nobody deletes"
}
