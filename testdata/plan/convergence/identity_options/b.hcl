schema "public" {}

# start and increment change in place: SET START WITH leaves the next
# value alone, SET INCREMENT BY steps from it.
table "t" {
  schema = schema.public
  column "id" {
    type = integer
    identity {
      generated = BY_DEFAULT
      start     = 100
      increment = 5
    }
  }
  column "note" { type = text }
  primary_key { columns = [column.id] }
}

table "u" {
  schema = schema.public
  column "id" {
    type = bigint
    identity { generated = ALWAYS }
  }
}

# identity with a start added to columns with rows: the sequence starts
# past the rows, never before its start.
table "w" {
  schema = schema.public
  column "id" {
    type = bigint
    identity {
      generated = BY_DEFAULT
      start     = 1000
    }
  }
}

table "few" {
  schema = schema.public
  column "id" {
    type = bigint
    identity {
      generated = BY_DEFAULT
      start     = 10
      increment = 10
    }
  }
}
