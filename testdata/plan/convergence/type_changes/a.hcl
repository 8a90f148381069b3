schema "public" {}

table "measurements" {
  schema = schema.public
  column "id" { type = integer }
  column "label" { type = varchar(50) }
  column "code" { type = text }
  column "amount" { type = numeric(8, 2) }
  column "ratio" { type = real }
  column "seen" { type = timestamp }
  primary_key { columns = [column.id] }
}
