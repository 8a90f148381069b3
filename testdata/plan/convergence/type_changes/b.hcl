schema "public" {}

table "measurements" {
  schema = schema.public
  column "id" { type = bigint }
  column "label" { type = varchar(200) }
  column "code" { type = integer }
  column "amount" { type = numeric(12, 2) }
  column "ratio" { type = double_precision }
  column "seen" { type = timestamptz }
  primary_key { columns = [column.id] }
}
