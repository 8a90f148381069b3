schema "public" {}

table "readings" {
  schema = schema.public
  column "id" { type = integer }
  column "value" { type = integer }
  column "note" {
    type = varchar(20)
    null = true
  }
  primary_key { columns = [column.id] }
  index "readings_value_idx" { columns = [column.value] }
}
