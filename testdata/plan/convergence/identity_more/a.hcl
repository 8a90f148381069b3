schema "public" {}

table "tickets" {
  schema = schema.public
  column "id" {
    type = integer
    identity { generated = ALWAYS }
  }
  column "seq" { type = bigint }
  column "num" {
    type = integer
    identity { generated = BY_DEFAULT }
  }
  primary_key { columns = [column.id] }
}
