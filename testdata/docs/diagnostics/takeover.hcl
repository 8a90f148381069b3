schema "public" {}

import {
  to = table.documents
}

data "table" "documents" {
  schema = "public"

  column "id" {
    type = uuid
  }
}

table "notes" {
  schema = schema.public

  column "document_id" {
    type = uuid
  }

  foreign_key "notes_document_id_fkey" {
    columns     = [column.document_id]
    ref_columns = [data.table.document.column.id]
  }
}
