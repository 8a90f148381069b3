schema "public" {}

table "t10" {
  schema = schema.public

  column "c14" {
    type = integer
  }
  column "c15" {
    type = text
  }

  primary_key {
    columns = [column.c14]
  }

  unique "uq23.dot-dash" {
    columns = [column.c14]
  }
  unique "uq24" {
    columns = [column.c15]
  }
}

table "t11" {
  schema = schema.public

  column "id" {
    type = integer
  }

  primary_key {
    columns = [column.id]
  }

  unique "t11_id_key" {
    columns = [column.id]
  }
}
