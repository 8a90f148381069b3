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

sequence "1st seq30" {
  schema    = schema.s3
  type      = smallint
  start     = -10
  increment = -1
  cache     = 20
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

table "1st t29" {
  schema = schema.default

  column "back\\slash'c7" {
    type = numrange
  }
  column "c10" {
    type    = bigint
    default = sql("nextval('\"s3\".\"seq9\"'::regclass)")
  }
  column "c31" {
    type    = bigint
    null    = true
    default = sql("nextval('\"s3\".\"1st seq30\"'::regclass)")
  }

  primary_key "t6_pkey" {
    columns = [column.c10]
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

  grant {
    role       = PUBLIC
    privileges = [INSERT, UPDATE, DELETE]
  }

  row_security {
    enabled = true
    forced  = true
  }
}

table "t23" {
  schema = schema.default

  column "c24" {
    type    = daterange
    comment = "back\\slash"
  }
  column "c25" {
    type    = text
    default = sql("lower('ABC')")
    comment = "two\nlines"
  }
  column "1st c26" {
    type = double_precision
    null = true
  }
  column "c28" {
    type = bigint
    null = true
  }
  column "c32" {
    type = text
    null = true
    as {
      expr = "lower(\"c25\")"
      type = STORED
    }
  }

  foreign_key "fk27" {
    columns     = [column.c28]
    ref_columns = [table["1st t29"].column.c10]
    on_delete   = SET_NULL
    on_update   = CASCADE
  }
}

policy "p18" {
  on    = table["1st t29"]
  for   = DELETE
  as    = RESTRICTIVE
  to    = ["PUBLIC"]
  using = "\"c10\" >= 0"
}

policy "p19" {
  on    = table["1st t29"]
  for   = DELETE
  as    = RESTRICTIVE
  to    = ["authenticated"]
  using = "\"back\\slash'c7\" IS NOT NULL"
}

moved {
  from = table.default.t6
  to   = table["1st t29"]
}
