schema "public" {}

table "Orders" {
  schema = schema.public
  column "order id" {
    type = integer
    identity { generated = BY_DEFAULT }
  }
  column "label" { type = text }
  primary_key { columns = [column["order id"]] }
}

table "empty_one" {
  schema = schema.public
  column "id" {
    type = bigint
    identity { generated = ALWAYS }
  }
  primary_key { columns = [column.id] }
}
