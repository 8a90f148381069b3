schema "public" {}

table "tags" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "name" {
    type = text
  }

  primary_key {
    columns = [column.id]
  }

  index "tags_id_text_idx" {
    on {
      expr = "(id::text)"
    }
  }
}
