schema "public" {}

schema "s2" {}

schema "ünï_s3_名前" {}

enum "e4" {
  schema = schema.public
  values = ["v5", "v6"]
}

sequence "seq12" {
  schema    = schema.public
  type      = smallint
  start     = 82
  increment = 2
  cache     = 20
  cycle     = true
}

table "1st part19" {
  schema       = schema.public
  partition_of = table.pt16
  for_values   = "WITH (modulus 2, remainder 0)"
}

table "back\\slash'part20" {
  schema       = schema.public
  partition_of = table.pt16
  for_values   = "WITH (modulus 2, remainder 1)"
}

table "pt16" {
  schema = schema.public

  column "k17" {
    type = integer
  }
  column "c18" {
    type = text
    null = true
  }

  partition {
    type    = HASH
    columns = [column.k17]
  }
}

table "t7" {
  schema           = schema.public
  unlogged         = true
  replica_identity = NOTHING

  column "back\\slash'c8" {
    type = tsquery
    null = true
  }
  column "c9.dot-dash" {
    type    = varchar(20)
    default = sql("lower('ABC')")
  }
  column "c10" {
    type = tstzrange
  }
  column "c11" {
    type = tsvector
    null = true
  }
  column "c13" {
    type    = bigint
    default = sql("nextval('\"public\".\"seq12\"'::regclass)")
  }

  primary_key {
    columns = [column["c9.dot-dash"], column.c13]
  }

  index "ix15" {
    unique  = true
    columns = [column.c13]
    include = [column.c11]
    storage_parameters = {
      fillfactor = 81
    }
  }

  check "ck14" {
    expr = "\"c9.dot-dash\" <> ''"
  }

  row_security {
    enabled = true
  }
}
