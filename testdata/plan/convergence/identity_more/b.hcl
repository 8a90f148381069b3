schema "public" {}

table "tickets" {
  schema = schema.public
  column "id" {
    type = integer
    identity { generated = BY_DEFAULT }
  }
  column "seq" {
    type = bigint
    identity { generated = BY_DEFAULT }
  }
  column "num" {
    type = bigint
    identity { generated = BY_DEFAULT }
  }
  primary_key { columns = [column.id] }
}
