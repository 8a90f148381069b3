schema "public" {}

table "items" {
  schema = schema.public
  column "id" { type = integer }
  column "code" { type = varchar(20) }
  column "price" { type = numeric(10, 2) }
  column "seen" { type = sql("timestamp(0) with time zone") }
  column "name" { type = varchar(40) }
}
