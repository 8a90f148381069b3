schema "public" {}

schema "s2" {}

schema "select" {
  exclusive = true
}

sequence "seq16" {
  schema    = schema.public
  start     = 30
  increment = 10
  min_value = 5
  max_value = 30000
}

sequence "seq17" {
  schema    = schema.select
  type      = smallint
  max_value = 30000
  cache     = 20
}

table "t11" {
  schema = schema.public
  storage_parameters = {
    autovacuum_enabled = true
    fillfactor         = 68
  }

  column "my c12" {
    type    = real
    null    = true
    comment = "back\\slash"
  }
  column "MixedC13" {
    type = oid
  }
  column "c14" {
    type = int8range
    null = true
  }
  column "c15" {
    type = integer
    identity {
      generated = BY_DEFAULT
    }
  }
  column "c18" {
    type    = bigint
    default = sql("nextval('\"select\".\"seq17\"'::regclass)")
  }

  primary_key "pk20" {
    columns = [column.MixedC13, column.c18]
  }

  index "ix35" {
    include = [column.c14]
    storage_parameters = {
      fillfactor = 60
    }
    on {
      column = column.MixedC13
    }
    on {
      expr = "(\"c18\" + 1)"
      desc = true
    }
  }
  index "ix36" {
    type    = HASH
    columns = [column.c18]
  }
  index "ix37" {
    columns = [column.c15]
    include = [column.c18]
  }

  unique "ünï_uq22_名前" {
    columns = [column.c18, column.c15, column.MixedC13]
  }

  check "ck24" {
    expr = "(\"c15\" <> -5 OR \"c15\" IS NULL)"
  }

  row_security {
    enabled = true
  }
}

table "t6.dot-dash" {
  schema = schema.public

  column "c7" {
    type    = interval
    default = "1 day"
  }
  column "c8" {
    type = date
  }
  column "c9.dot-dash" {
    type    = sql("text[]")
    null    = true
    default = sql("'{}'::text[]")
  }
  column "c10" {
    type = sql("text[]")
    null = true
  }
  column "c26" {
    type = date
    null = true
  }

  primary_key "pk19" {
    columns = [column.c8, column.c7]
  }

  index "ix34" {
    include = [column["c9.dot-dash"]]
    where   = "\"c26\" IS NOT NULL"
    on {
      column      = column.c7
      nulls_first = true
    }
    on {
      column = column.c8
    }
  }
  index "my ix33" {
    unique = true
    storage_parameters = {
      fillfactor = 82
    }
    concurrently = true
    on {
      column = column.c26
    }
    on {
      column      = column.c7
      desc        = true
      nulls_first = false
    }
  }

  unique "uq21" {
    columns = [column.c8]
  }

  foreign_key "fk25" {
    columns     = [column.c26]
    ref_columns = [column.c8]
    on_delete   = CASCADE
    on_update   = SET_NULL
  }

  row_security {
    enabled = true
  }
}

table "part49" {
  schema       = schema.select
  partition_of = table.pt44
  for_values   = "WITH (modulus 2, remainder 0)"
}

table "part50" {
  schema       = schema.select
  partition_of = table.pt44
  for_values   = "WITH (modulus 2, remainder 1)"
}

table "pt44" {
  schema = schema.select

  column "back\\slash'k45" {
    type = integer
  }
  column "MixedC46" {
    type = text
    null = true
  }

  partition {
    type    = HASH
    columns = [column["back\\slash'k45"]]
  }

  primary_key "q\"pk47\"" {
    columns = [column["back\\slash'k45"]]
  }

  index "ix48" {
    columns = [column.MixedC46]
  }
}

table "t4" {
  schema = schema.select
  storage_parameters = {
    fillfactor = 88
  }
  replica_identity = NOTHING

  column "c5" {
    type = cidr
  }
  column "back\\slash'c28" {
    type = date
  }
  column "c30" {
    type = bigint
  }
  column "c31" {
    type = integer
    null = true
  }
  column "c32" {
    type = oid
  }

  primary_key {
    columns = [column.c5]
  }

  index "1st ix38" {
    storage_parameters = {
      fillfactor = 70
    }
    on {
      column = column.c32
      desc   = true
    }
    on {
      column = column.c31
      desc   = true
    }
    on {
      column = column["back\\slash'c28"]
      desc   = true
    }
  }
  index "ix39.dot-dash" {
    columns = [column["back\\slash'c28"]]
    include = [column.c30]
  }

  unique "uq23" {
    columns = [column.c5]
  }

  foreign_key "back\\slash'fk27" {
    columns     = [column["back\\slash'c28"]]
    ref_columns = [table["t6.dot-dash"].column.c8]
    on_update   = CASCADE
  }
  foreign_key "fk29" {
    columns     = [column.c30, column.c31, column.c32]
    ref_columns = [table.t11.column.c18, table.t11.column.c15, table.t11.column.MixedC13]
  }

  row_security {
    enabled = true
    forced  = true
  }
}

policy "1st p41" {
  on    = table["t6.dot-dash"]
  for   = INSERT
  as    = RESTRICTIVE
  to    = ["PUBLIC"]
  check = "current_user <> 'anon'"
}

policy "p40" {
  on    = table["t6.dot-dash"]
  for   = INSERT
  as    = RESTRICTIVE
  to    = ["PUBLIC"]
  check = "\"c8\" IS NOT NULL"
}

policy "p42" {
  on    = table.t4
  for   = SELECT
  as    = RESTRICTIVE
  to    = ["PUBLIC"]
  using = "current_user <> 'anon'"
}

policy "p43" {
  on  = table.t4
  for = DELETE
  as  = RESTRICTIVE
  to  = ["authenticated"]
}
