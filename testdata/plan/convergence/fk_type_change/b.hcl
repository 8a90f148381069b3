schema "public" {}

table "authors" {
  schema = schema.public
  column "id" { type = bigint }
  primary_key { columns = [column.id] }
}

table "books" {
  schema = schema.public
  column "id" { type = bigint }
  column "author_id" { type = bigint }
  primary_key { columns = [column.id] }
  foreign_key "books_author_fk" {
    columns     = [column.author_id]
    ref_columns = [table.authors.column.id]
  }
}
