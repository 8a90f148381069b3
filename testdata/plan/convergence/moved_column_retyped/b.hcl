schema "public" {}

table "readings" {
  schema = schema.public
  column "id" { type = integer }
  column "reading" { type = bigint }
  column "comment" {
    type = text
    null = true
  }
  primary_key { columns = [column.id] }
  index "readings_value_idx" { columns = [column.reading] }
}

moved {
  from = table.readings.column.value
  to   = table.readings.column.reading
}
moved {
  from = table.readings.column.note
  to   = table.readings.column.comment
}
