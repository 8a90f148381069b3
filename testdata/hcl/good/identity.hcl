# Identity columns of both kinds, and a named primary key.
schema "public" {}

table "events" {
  schema = schema.public

  column "id" {
    type = bigint
    identity {
      generated = ALWAYS
    }
  }
  column "seq" {
    type = integer
    identity {
      generated = BY_DEFAULT
    }
  }

  primary_key "events_primary" {
    columns = [column.id]
  }
}
