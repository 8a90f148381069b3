schema "public" {}

table "items" {
  schema = schema.public
  column "id" { type = bigint }
  column "code" { type = varchar(200) }
  column "price" { type = numeric(12, 4) }
  column "seen" { type = sql("timestamp(6) with time zone") }
  column "name" { type = text }
}
