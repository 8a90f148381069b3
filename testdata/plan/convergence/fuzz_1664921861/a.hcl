schema "default" {}

schema "public" {}

schema "s3" {
  exclusive = true
}

domain "d4" {
  schema  = schema.s3
  type    = text
  null    = true
  default = "v0"
  check "my dck5" {
    expr = "VALUE <> ''"
  }
}

sequence "seq8" {
  schema  = schema.s3
  type    = integer
  comment = "it's quoted"
}

sequence "seq9" {
  schema    = schema.s3
  type      = smallint
  min_value = 5
  max_value = 30000
}

table "t6" {
  schema = schema.default

  column "back\\slash'c7" {
    type = numrange
  }
  column "c10" {
    type    = bigint
    default = sql("nextval('\"s3\".\"seq9\"'::regclass)")
  }
  column "c15" {
    type = bigint
  }

  primary_key {
    columns = [column.c10]
  }

  index "ix16" {
    unique  = true
    include = [column.c10, column["back\\slash'c7"]]
    on {
      column = column.c15
      desc   = true
    }
  }
  index "q\"ix17\"" {
    where = "\"c10\" IS NOT NULL"
    storage_parameters = {
      fillfactor = 75
    }
    on {
      column = column.c15
      desc   = true
    }
  }

  unique "uq11" {
    columns = [column.c10]
  }

  check "ck12" {
    expr = "\"c10\" < 100000"
  }
  check "ck13" {
    expr = "\"c10\" < 100000"
  }

  foreign_key "fk14" {
    columns     = [column.c15]
    ref_columns = [column.c10]
    on_update   = SET_DEFAULT
  }

  grant {
    role       = PUBLIC
    privileges = [INSERT, UPDATE, DELETE]
  }

  row_security {
    enabled = true
    forced  = true
  }
}

policy "p18" {
  on    = table.t6
  for   = DELETE
  as    = RESTRICTIVE
  to    = ["PUBLIC"]
  using = "\"c10\" >= 0"
}

policy "p19" {
  on    = table.t6
  for   = DELETE
  as    = RESTRICTIVE
  to    = ["authenticated"]
  using = "\"back\\slash'c7\" IS NOT NULL"
}

view "v20" {
  schema = schema.default

  column "c15" {
    type = bigint
  }
  column "back\\slash'c7" {
    type = numrange
  }
  column "c10" {
    type = bigint
  }

  as               = "SELECT \"c15\", \"back\\slash'c7\", \"c10\" FROM \"default\".\"t6\" WHERE \"c15\" IS NOT NULL"
  security_barrier = true
}

view "v21.dot-dash" {
  schema = schema.public

  column "c15" {
    type = bigint
  }

  as      = "SELECT \"c15\" FROM \"default\".\"v20\""
  comment = "$$dollar$$"
}
