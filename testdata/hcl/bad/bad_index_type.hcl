# want: 11:15 Invalid keyword
schema "public" {}

table "t" {
  schema = schema.public
  column "doc" {
    type = jsonb
  }
  index "t_doc_idx" {
    columns = [column.doc]
    type    = GINN
  }
}
