schema "public" {}

table "notes" {
  schema = schema.public

  column "id" {
    type = uuid
  }
}

policy "notes_read" {
  on    = table.notes
  for   = SELECT
  using = "true"
}
