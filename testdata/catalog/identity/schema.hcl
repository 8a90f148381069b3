schema "public" {}

table "always_id" {
  schema = schema.public
  column "id" {
    type = bigint
    identity { generated = ALWAYS }
  }
  column "note" {
    type = text
    null = true
  }
  primary_key { columns = [column.id] }
}

table "by_default_id" {
  schema = schema.public
  column "id" {
    type = integer
    identity {
      generated = BY_DEFAULT
      start     = 100
    }
  }
  column "note" {
    type = text
    null = true
  }
  primary_key "by_default_id_pkey" { columns = [column.id] }
}

table "stepped_id" {
  schema = schema.public
  column "id" {
    type = bigint
    identity {
      generated = ALWAYS
      start     = -10
      increment = -5
    }
  }
}

table "serials" {
  schema = schema.public
  column "id" {
    type = serial
  }
  column "big" {
    type = bigserial
  }
  column "small" {
    type = smallserial
  }
  primary_key { columns = [column.id] }
}
