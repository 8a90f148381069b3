schema "public" {}

table "docs" {
  schema = schema.public
  column "id" { type = integer }
  column "title" { type = text }
  column "body" { type = jsonb }
  column "created_at" { type = timestamptz }
  index "idx_docs_title" { columns = [column.title] }
  index "idx_docs_created" { columns = [column.created_at] }
  index "idx_docs_gone" { columns = [column.id] }
}
