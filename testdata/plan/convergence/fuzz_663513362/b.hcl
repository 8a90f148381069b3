schema "public" {}

schema "s2" {}

extension "btree_gist" {
  schema = schema.s2
}

sequence "seq26.dot-dash" {
  schema    = schema.s2
  type      = smallint
  increment = 2
  min_value = 5
  comment   = "$$dollar$$"
}

table "MixedT21" {
  schema = schema.public

  column "c22" {
    type    = timestamptz
    default = "2020-01-01 00:00:00+00"
    comment = "back\\slash"
  }
  column "c23" {
    type = tsquery
  }
  column "1st c24" {
    type    = json
    null    = true
    default = "{}"
  }
  column "c25" {
    type = timetz
  }
  column "c34" {
    type = timestamptz
  }
  column "MixedC35" {
    type = timetz
  }

  primary_key {
    columns = [column.c22, column.c25]
  }

  index "ix41" {
    unique = true
    on {
      column      = column.c34
      nulls_first = true
    }
    on {
      column = column.MixedC35
    }
    on {
      column = column.c25
    }
  }
  index "ix42.dot-dash" {
    type    = BRIN
    columns = [column.c34]
  }
  index "q\"ix40\"" {
    columns = [column.c34]
    include = [column.c22]
  }

  unique "uq27" {
    columns        = [column.c25, column.c22]
    nulls_distinct = false
  }

  foreign_key "fk33.dot-dash" {
    columns     = [column.c34, column.MixedC35]
    ref_columns = [column.c22, column.c25]
    on_delete   = CASCADE
  }
}

table "part53" {
  schema       = schema.public
  partition_of = table.pt50
  for_values   = "FROM (0) TO (100)"
}

table "part54" {
  schema       = schema.public
  partition_of = table.pt50
  for_values   = "FROM (100) TO (200)"
}

table "pt50" {
  schema = schema.public

  column "k51" {
    type = integer
  }
  column "c52" {
    type = text
    null = true
  }

  partition {
    type    = RANGE
    columns = [column.k51]
  }
}

table "t4" {
  schema = schema.public

  column "c5" {
    type    = date
    default = "2020-01-01"
    comment = "ünïcode 名前"
  }
  column "c6" {
    type    = boolean
    null    = true
    default = true
    comment = "two\nlines"
  }
  column "c7" {
    type    = boolean
    default = true
    comment = "it's quoted"
  }
  column "c29_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
    type = date
    null = true
  }
  column "q\"c31\"" {
    type = timetz
  }
  column "table" {
    type = timestamptz
    null = true
  }

  primary_key {
    columns = [column.c5]
  }

  index "ix38_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
    type    = BRIN
    columns = [column.c29_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]
  }
  index "ix39" {
    type    = BRIN
    columns = [column.table]
    where   = "\"q\"\"c31\"\"\" IS NOT NULL"
  }

  foreign_key "fk28" {
    columns     = [column.c29_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]
    ref_columns = [column.c5]
    on_update   = CASCADE
  }
  foreign_key "fk30" {
    columns     = [column["q\"c31\""], column.table]
    ref_columns = [table.MixedT21.column.c25, table.MixedT21.column.c22]
    on_delete   = SET_DEFAULT
    on_update   = RESTRICT
  }

  grant {
    role       = PUBLIC
    privileges = [SELECT, REFERENCES]
    columns    = [column.c29_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]
  }

  row_security {
    enabled = true
    forced  = true
  }
}

table "t15" {
  schema   = schema.s2
  comment  = "ünïcode 名前"
  unlogged = true

  column "1st c16" {
    type = sql("text[]")
    null = true
  }
  column "c17" {
    type    = uuid
    comment = "ünïcode 名前"
  }
  column "c18" {
    type = timestamp
  }
  column "c19" {
    type = integer
    identity {
      generated = ALWAYS
      start     = 188
      increment = 4
    }
  }
  column "my c20" {
    type    = timestamp
    null    = true
    comment = "it's quoted"
  }
  column "my c37" {
    type = date
  }

  foreign_key "1st fk36" {
    columns     = [column["my c37"]]
    ref_columns = [table.t4.column.c5]
    on_update   = SET_DEFAULT
  }

  row_security {
    enabled = true
  }
}

table "t8" {
  schema  = schema.s2
  comment = "it's quoted"

  column "c9" {
    type = json
  }
  column "c10" {
    type    = tsrange
    comment = "back\\slash"
  }
  column "c11" {
    type = jsonb
  }
  column "c12" {
    type = sql("text[]")
  }
  column "q\"c13\"" {
    type = boolean
    null = true
  }
  column "1st c14" {
    type    = real
    default = 1.5
    comment = "two\nlines"
  }

  row_security {
    forced = true
  }
}

policy "my p46" {
  on    = table.MixedT21
  for   = INSERT
  to    = ["anon"]
  check = "\"s2\".\"f43\"(1) > 0"
}

policy "p47" {
  on  = table.MixedT21
  for = DELETE
  to  = ["PUBLIC"]
}

policy "1st p44" {
  on    = table.t4
  for   = ALL
  as    = RESTRICTIVE
  to    = ["authenticated"]
  using = "\"s2\".\"f43\"(1) > 0"
}

policy "p45" {
  on  = table.t4
  for = INSERT
  as  = RESTRICTIVE
  to  = ["PUBLIC"]
}

policy "p49" {
  on    = table.t8
  for   = ALL
  as    = RESTRICTIVE
  to    = ["PUBLIC"]
  using = "true"
  check = "\"c9\" IS NOT NULL"
}

policy "q\"p48\"" {
  on    = table.t8
  for   = SELECT
  to    = ["authenticated"]
  using = "current_user <> 'anon'"
}

view "v55" {
  schema = schema.public

  column "c5" {
    type = date
  }
  column "table" {
    type = timestamptz
  }
  column "c29_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
    type = date
  }

  as = "SELECT \"c5\", \"table\", \"c29_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" FROM \"public\".\"t4\""
}

function "f43" {
  schema = schema.s2
  lang   = SQL
  arg "x" {
    type = integer
  }
  return     = integer
  volatility = STABLE
  as         = "SELECT x + 6"
}
