# Written from Atlas's documented HCL for identity columns, with the
# sequence options Atlas spells start and increment.
schema "public" {}

table "orders" {
  schema = schema.public
  column "id" {
    null = false
    type = integer
    identity {
      generated = ALWAYS
      start     = 10
      increment = 10
    }
  }
  column "legacy_id" {
    null = false
    type = bigint
    identity {
      generated = BY_DEFAULT
      start     = 1000
    }
  }
  primary_key {
    columns = [column.id]
  }
}
