schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = integer
    identity { generated = BY_DEFAULT }
  }
  column "note" { type = text }
  primary_key { columns = [column.id] }
}

table "u" {
  schema = schema.public
  column "id" {
    type = bigint
    identity {
      generated = ALWAYS
      start     = 100
      increment = 5
    }
  }
}

table "w" {
  schema = schema.public
  column "id" { type = bigint }
}

table "few" {
  schema = schema.public
  column "id" { type = bigint }
}
