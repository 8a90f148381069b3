schema "public" {}

table "docs" {
  schema = schema.public
  column "id" { type = integer }
  column "title" { type = text }
  column "body" { type = jsonb }
  column "created_at" { type = timestamptz }
  index "idx_docs_title" {
    unique  = true
    columns = [column.title]
    where   = "id > 0"
  }
  index "idx_docs_created" {
    on {
      column = column.created_at
      desc   = true
    }
    on {
      column      = column.id
      nulls_first = true
    }
    concurrently = true
  }
  index "idx_docs_body" {
    columns = [column.body]
    type    = GIN
  }
  index "idx_docs_title_lower" {
    on { expr = "lower(title)" }
    include = [column.id]
  }
}
