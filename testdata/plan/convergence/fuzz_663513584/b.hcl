schema "from" {}

schema "public" {}

schema "s2" {}

domain "d4" {
  schema  = schema.from
  type    = integer
  null    = true
  default = 7
}

domain "d65" {
  schema = schema.s2
  type   = text
  null   = true
  check "ünï_dck66_名前" {
    expr = "VALUE <> ''"
  }
}

sequence "ünï_seq62_名前" {
  schema    = schema.from
  type      = integer
  start     = 54
  min_value = 5
  max_value = 30000
  cache     = 20
}

table "part56" {
  schema       = schema.s2
  partition_of = table.pt52
  for_values   = "FROM (0) TO (100)"
}

table "part57" {
  schema       = schema.s2
  partition_of = table.pt52
  for_values   = "FROM (100) TO (200)"
}

table "part58_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
  schema       = schema.s2
  partition_of = table.pt52
  for_values   = "FROM (200) TO (300)"
}

table "part64" {
  schema       = schema.s2
  partition_of = table.pt52
  for_values   = "FROM (4000) TO (5000)"
}

table "pt52" {
  schema = schema.s2

  column "k53" {
    type = integer
  }
  column "ünï_c54_名前" {
    type = text
    null = true
  }

  partition {
    type    = RANGE
    columns = [column.k53]
  }

  primary_key "pk55" {
    columns = [column.k53]
  }
}

table "t15" {
  schema  = schema.s2
  comment = "$$dollar$$"

  column "table" {
    type    = jsonb
    default = sql("'[]'::jsonb")
  }
  column "c17" {
    type = domain.d4
  }
  column "c18" {
    type    = json
    null    = true
    default = "{}"
  }
  column "MixedC20" {
    type = macaddr
  }
  column "c32" {
    type = macaddr
    null = true
  }

  primary_key {
    columns = [column.MixedC20]
  }

  index "ix40" {
    include = [column.c18]
    on {
      column      = column.MixedC20
      desc        = true
      nulls_first = false
    }
  }

  foreign_key "fk31" {
    columns     = [column.c32]
    ref_columns = [column.MixedC20]
    on_delete   = SET_NULL
    on_update   = SET_NULL
  }

  grant {
    role       = PUBLIC
    privileges = [INSERT]
  }

  row_security {
    enabled = true
    forced  = true
  }
}

table "t21" {
  schema = schema.s2

  column "c22" {
    type = timetz
  }
  column "MixedC23" {
    type    = varchar
    default = "it's"
  }
  column "c51" {
    type = text
    null = true
    as {
      expr = "lower(\"MixedC23\")"
      type = STORED
    }
  }

  index "ix42" {
    columns = [column.c22]
  }
  index "my ix43" {
    where = "\"MixedC23\" LIKE 'v%'"
    on {
      column = column.c22
    }
    on {
      column = column.MixedC23
      desc   = true
    }
  }

  row_security {
    forced = true
  }
  lifecycle {
    prevent_destroy = true
  }
}

table "t61" {
  schema = schema.s2
  storage_parameters = {
    fillfactor = 56
  }

  column "c13" {
    type = varchar
  }
  column "c14" {
    type    = date
    default = sql("CURRENT_DATE")
  }
  column "c30" {
    type = bit(8)
  }
  column "q\"c63\"" {
    type    = bigint
    null    = true
    default = sql("nextval('\"from\".\"ünï_seq62_名前\"'::regclass)")
  }

  primary_key "pk25" {
    columns = [column.c14, column.c13]
  }

  index "ix36" {
    columns      = [column.c30]
    concurrently = true
  }
  index "ix37" {
    columns = [column.c14, column.c30]
    where   = "\"c30\" IS NOT NULL"
  }
  index "ix38" {
    unique = true
    on {
      column      = column.c30
      nulls_first = true
    }
    on {
      column = column.c14
    }
  }

  check "back\\slash'ck26" {
    expr = "\"c13\" <> ''"
  }

  foreign_key "fk29" {
    columns     = [column.c30]
    ref_columns = [table.t7.column.c11_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]
    on_delete   = CASCADE
    match       = FULL
  }

  row_security {
    forced = true
  }
}

table "t7" {
  schema = schema.s2
  storage_parameters = {
    autovacuum_enabled = true
  }

  column "c8" {
    type = sql("integer[]")
    null = true
  }
  column "c9" {
    type    = json
    null    = true
    comment = "back\\slash"
  }
  column "c10" {
    type = money
    null = true
  }
  column "c11_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
    type = bit(8)
  }

  primary_key "MixedPk24" {
    columns = [column.c11_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]
  }

  index "ix34" {
    columns = [column.c11_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]
  }
  index "ix35" {
    columns = [column.c11_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]
    include = [column.c8]
    storage_parameters = {
      fillfactor = 63
    }
  }

  grant {
    role       = PUBLIC
    privileges = [INSERT]
  }

  row_security {
    enabled = true
    forced  = true
  }
}

policy "p49" {
  on    = table.t15
  for   = UPDATE
  as    = RESTRICTIVE
  to    = ["PUBLIC"]
  using = "true"
  check = "\"c32\" IS NOT NULL"
}

policy "p50" {
  on    = table.t21
  for   = ALL
  to    = ["PUBLIC"]
  using = "true"
  check = "\"c22\" IS NOT NULL"
}

policy "p47" {
  on    = table.t61
  for   = UPDATE
  to    = ["PUBLIC"]
  using = "true"
  check = "\"c14\" IS NOT NULL"
}

policy "p48" {
  on    = table.t61
  for   = ALL
  as    = RESTRICTIVE
  to    = ["anon", "authenticated", "service_role"]
  using = "true"
}

policy "back\\slash'p45" {
  on    = table.t7
  for   = ALL
  as    = RESTRICTIVE
  to    = ["anon", "authenticated"]
  using = "\"c10\" IS NOT NULL"
  check = "\"public\".\"1st f44\"(1) > 0"
}

policy "p46" {
  on  = table.t7
  for = INSERT
  to  = ["PUBLIC"]
}

materialized "v60" {
  schema = schema.from

  column "c22" {
    type = timetz
  }
  column "c51" {
    type = text
  }
  column "MixedC23" {
    type = varchar
  }

  as = "SELECT \"c22\", \"c51\", \"MixedC23\" FROM \"s2\".\"t21\""
}

view "group" {
  schema = schema.public

  column "c22" {
    type = timetz
  }

  as               = "SELECT \"c22\" FROM \"s2\".\"t21\""
  security_invoker = true
}

function "1st f44" {
  schema = schema.public
  lang   = SQL
  arg "x" {
    type = integer
  }
  return = integer
  as     = "SELECT x + 5"
}

moved {
  from = table.s2.t12
  to   = table.t61
}
