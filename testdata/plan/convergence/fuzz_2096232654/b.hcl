schema "public" {}

schema "s2" {}

schema "s3" {}

sequence "seq17" {
  schema    = schema.s3
  min_value = 5
  cache     = 20
}

table "part41" {
  schema       = schema.s2
  partition_of = table.pt37
  for_values   = "FROM (0) TO (100)"
}

table "pt37" {
  schema = schema.s2

  column "k38" {
    type = integer
  }
  column "c39" {
    type = text
    null = true
  }

  partition {
    type    = RANGE
    columns = [column.k38]
  }

  index "ix40" {
    columns = [column.c39]
  }
}

table "t11" {
  schema  = schema.s3
  comment = "$$dollar$$"

  column "c12" {
    type    = money
    null    = true
    comment = "ünïcode 名前"
  }
  column "c13" {
    type = double_precision
  }
  column "c14" {
    type    = varchar(20)
    comment = "ünïcode 名前"
    collate = "C"
  }
  column "1st c15" {
    type    = jsonb
    null    = true
    comment = "back\\slash"
  }
  column "c16" {
    type = point
    null = true
  }
  column "c18" {
    type    = bigint
    default = sql("nextval('\"s3\".\"seq17\"'::regclass)")
  }
  column "c28" {
    type = bit_varying(16)
    null = true
  }
  column "c30" {
    type = bigint
  }

  primary_key "pk19" {
    columns = [column.c14, column.c18]
  }

  index "ix34" {
    type    = HASH
    columns = [column.c30]
  }

  unique "q\"uq21\"" {
    columns        = [column.c18]
    nulls_distinct = false
  }

  check "ck22" {
    expr = "(char_length(\"c14\") <= 40) AND (\"c18\" < 100000)"
  }

  foreign_key "fk27" {
    columns     = [column.c28]
    ref_columns = [table.t4.column.c5]
    on_delete   = SET_NULL
  }
  foreign_key "fk29" {
    columns            = [column.c30]
    ref_columns        = [column.c18]
    on_delete          = SET_DEFAULT
    deferrable         = true
    initially_deferred = true
  }
}

table "t4" {
  schema           = schema.s3
  comment          = "$$dollar$$"
  replica_identity = NOTHING

  column "c5" {
    type = bit_varying(16)
  }
  column "c6" {
    type = daterange
    null = true
  }
  column "c45" {
    type    = json
    null    = true
    default = "{}"
  }
  column "c8" {
    type = sql("text[]")
    null = true
  }
  column "back\\slash'c24" {
    type = bit_varying(16)
  }

  primary_key {
    columns = [column.c5]
  }

  index "ix31" {
    type    = GIST
    columns = [column.c6]
    where   = "\"c5\" IS NOT NULL"
  }
  index "ix32.dot-dash" {
    columns = [column.c5]
    include = [column.c8]
    where   = "\"c5\" IS NOT NULL"
  }

  foreign_key "fk23" {
    columns     = [column["back\\slash'c24"]]
    ref_columns = [column.c5]
  }

  row_security {
    enabled = true
  }
}

table "t9" {
  schema   = schema.s3
  unlogged = true

  column "c10_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
    type    = text
    default = "it's"
    collate = "C"
  }
  column "c26" {
    type = bigint
  }

  primary_key {
    columns = [column.c10_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]
  }

  index "ix33" {
    where = "\"c26\" IS NOT NULL"
    on {
      column = column.c10_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
      ops    = text_pattern_ops
    }
    on {
      column = column.c26
      desc   = true
    }
  }

  foreign_key "fk25" {
    columns     = [column.c26]
    ref_columns = [table.t11.column.c18]
    on_delete   = RESTRICT
    on_update   = CASCADE
    deferrable  = true
  }

  row_security {
    enabled = true
    forced  = true
  }
}

policy "p35_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
  on    = table.t9
  for   = DELETE
  to    = ["authenticated", "service_role"]
  using = "current_user <> 'anon'"
}

policy "p36" {
  on    = table.t9
  for   = SELECT
  to    = ["anon", "service_role"]
  using = "\"c26\" >= 0"
}

moved {
  from = table.t4.column.c7
  to   = table.t4.column.c45
}
