# Written from Atlas's documented HCL for PostgreSQL sequences: a bare
# one, one with every option, one owned by a column, used by a default.
schema "public" {}

sequence "s1" {
  schema = schema.public
}

sequence "s2" {
  schema    = schema.public
  type      = smallint
  start     = 100
  increment = 2
  min_value = 100
  max_value = 1000
}

sequence "s3" {
  schema    = schema.public
  increment = 1
  cache     = 20
  cycle     = true
  comment   = "Sequence with cycle"
  owner     = table.t1.column.id
}

table "t1" {
  schema = schema.public
  column "id" {
    null    = false
    type    = bigint
    default = sql("nextval('s3')")
  }
  primary_key {
    columns = [column.id]
  }
}
