schema "public" {}

table "lines" {
  schema = schema.public
  column "id" { type = bigint }
  column "name" { type = varchar }
  column "qty" { type = integer }
  column "label" {
    type = text
    null = true
  }
  primary_key { columns = [column.id] }
}

view "line_names" {
  schema = schema.public
  column "id" { type = bigint }
  column "name" { type = varchar }
  as = "SELECT id, name FROM public.lines"
}
