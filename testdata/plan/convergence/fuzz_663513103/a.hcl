schema "1st s2" {}

schema "public" {}

schema "s3" {}

extension "hstore" {
  schema = schema["1st s2"]
}

enum "e4" {
  schema = schema.public
  values = ["v5", "v6"]
}

enum "e7" {
  schema = schema.s3
  values = ["v8_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "v9"]
}

domain "d10" {
  schema  = schema.public
  type    = integer
  null    = true
  default = 7
}

sequence "seq18" {
  schema    = schema.s3
  increment = 2
  max_value = 30000
  cache     = 20
  cycle     = true
  comment   = "two\nlines"
}

sequence "seq20" {
  schema    = schema.s3
  start     = 102
  increment = 2
  comment   = "it's quoted"
}

table "part47" {
  schema       = schema["1st s2"]
  partition_of = table.pt44
  for_values   = "FROM (0) TO (100)"
}

table "part48" {
  schema       = schema["1st s2"]
  partition_of = table.pt44
  for_values   = "FROM (100) TO (200)"
}

table "pt44" {
  schema = schema["1st s2"]

  column "k45" {
    type = integer
  }
  column "c46" {
    type = text
    null = true
  }

  partition {
    type    = RANGE
    columns = [column.k45]
  }
}

table "t11" {
  schema   = schema.public
  unlogged = true

  column "MixedC12" {
    type    = date
    null    = true
    comment = "two\nlines"
  }
  column "c13" {
    type = xml
  }
  column "c14_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
    type = tsquery
    null = true
  }
  column "MixedC15" {
    type    = tsquery
    null    = true
    comment = "ünïcode 名前"
  }
  column "c19" {
    type    = bigint
    null    = true
    default = sql("nextval('\"s3\".\"seq18\"'::regclass)")
  }
  column "1st c21" {
    type    = bigint
    null    = true
    default = sql("nextval('\"s3\".\"seq20\"'::regclass)")
  }
  column "c24" {
    type = bigint
    null = true
  }
  column "c25" {
    type = date
  }
  column "c26_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
    type = bigint
  }
  column "c28" {
    type = bigint
    null = true
  }
  column "c29" {
    type = date
  }
  column "c30" {
    type = bigint
    null = true
  }

  unique "uq22" {
    columns        = [column["1st c21"], column.MixedC12, column.c19]
    nulls_distinct = false
  }

  foreign_key "fk23" {
    columns     = [column.c24, column.c25, column.c26_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]
    ref_columns = [column["1st c21"], column.MixedC12, column.c19]
    on_delete   = SET_DEFAULT
    on_update   = CASCADE
  }
  foreign_key "fk27" {
    columns     = [column.c28, column.c29, column.c30]
    ref_columns = [column["1st c21"], column.MixedC12, column.c19]
    on_delete   = RESTRICT
  }
}

table "t16" {
  schema   = schema.s3
  unlogged = true
  storage_parameters = {
    autovacuum_enabled = false
  }

  column "c17" {
    type    = enum.e7
    null    = true
    default = "v8_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
  }
  column "c32" {
    type = bigint
  }
  column "c33" {
    type = date
    null = true
  }
  column "back\\slash'c34" {
    type = bigint
    null = true
  }
  column "c36" {
    type = bigint
    null = true
  }
  column "c37" {
    type = date
    null = true
  }
  column "c38" {
    type = bigint
  }
  column "q\"c43\"" {
    type = bigint
    null = true
    as {
      expr = "(\"back\\slash'c34\" * 2)"
      type = STORED
    }
  }

  index "my ix39" {
    type    = BRIN
    columns = [column.c32]
    where   = "\"c17\" IS NOT NULL"
  }

  foreign_key "fk31" {
    columns     = [column.c32, column.c33, column["back\\slash'c34"]]
    ref_columns = [table.t11.column["1st c21"], table.t11.column.MixedC12, table.t11.column.c19]
    on_delete   = SET_DEFAULT
  }
  foreign_key "fk35" {
    columns     = [column.c36, column.c37, column.c38]
    ref_columns = [table.t11.column["1st c21"], table.t11.column.MixedC12, table.t11.column.c19]
    deferrable  = true
  }

  row_security {
    enabled = true
  }
}

policy "1st p42" {
  on  = table.t11
  for = SELECT
  to  = ["PUBLIC"]
}

policy "p41" {
  on    = table.t11
  for   = ALL
  as    = RESTRICTIVE
  to    = ["anon", "authenticated", "service_role"]
  check = "\"c14_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" IS NOT NULL"
}

function "back\\slash'f40" {
  schema = schema["1st s2"]
  lang   = SQL
  arg "x" {
    type = integer
  }
  return = integer
  strict = true
  as     = "SELECT x + 8"
}
