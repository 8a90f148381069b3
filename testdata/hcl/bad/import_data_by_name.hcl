# want: 5:8 Invalid import target
schema "public" {}

import {
  to = table.documents
}

data "table" "docs" {
  schema = "public"
  name   = "documents"
  column "id" {
    type = uuid
  }
}
