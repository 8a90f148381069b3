schema "public" {}

schema "s2" {}

schema "ünï_s3_名前" {}

enum "back\\slash'e4" {
  schema = schema.s2
  values = ["v5", "v6"]
}

table "1st t17" {
  schema  = schema.public
  comment = "ünïcode 名前"
  storage_parameters = {
    autovacuum_enabled = true
  }

  column "c18" {
    type = numeric
  }
  column "c19" {
    type = tstzrange
  }
  column "c35_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
    type = bigint
    null = true
  }
  column "c37" {
    type = bigint
  }
  column "c54" {
    type = bigint
    null = true
    as {
      expr = "(\"c37\" * 2)"
      type = STORED
    }
  }

  primary_key "back\\slash'pk20" {
    columns = [column.c18]
  }

  unique "uq22.dot-dash" {
    columns = [column.c18]
  }

  check "ck27_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
    expr = "\"c18\" >= 0"
  }

  foreign_key "fk34" {
    columns     = [column.c35_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]
    ref_columns = [table.t7.column.c8]
    on_delete   = RESTRICT
    on_update   = RESTRICT
    deferrable  = true
  }
  foreign_key "fk36" {
    columns     = [column.c37]
    ref_columns = [table["q\"t9\""].column.c14]
    match       = FULL
  }

  row_security {
    enabled = true
  }
}

table "t15" {
  schema = schema.public

  column "c16" {
    type    = bigint
    default = 7
  }
  column "c32" {
    type = varchar
    null = true
  }
  column "c33" {
    type = bigint
    null = true
  }

  index "ix41_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
    on {
      column = column.c16
    }
    on {
      column      = column.c33
      nulls_first = true
    }
    on {
      expr        = "upper((\"c32\")::text)"
      nulls_first = true
    }
  }
  index "ix42" {
    type         = BRIN
    columns      = [column.c16]
    concurrently = true
  }
  index "ix43" {
    on {
      column = column.c33
      desc   = true
    }
  }

  check "ck25" {
    expr = "\"c16\" >= 0"
  }
  check "ck26" {
    expr       = "\"c16\" >= 0"
    no_inherit = true
  }

  foreign_key "fk31" {
    columns     = [column.c32, column.c33]
    ref_columns = [table["q\"t9\""].column.ünï_c13_名前, table["q\"t9\""].column.c14]
    on_delete   = RESTRICT
    on_update   = SET_NULL
  }

  row_security {
    forced = true
  }
}

table "q\"t9\"" {
  schema = schema.ünï_s3_名前
  storage_parameters = {
    fillfactor = 60
  }

  column "c10" {
    type = numrange
  }
  column "c11" {
    type = point
  }
  column "c12.dot-dash" {
    type    = varchar(1)
    null    = true
    collate = "C"
  }
  column "ünï_c13_名前" {
    type = varchar
  }
  column "c14" {
    type = bigint
  }
  column "c39" {
    type = varchar
  }
  column "c40" {
    type = bigint
    null = true
  }
  column "c52" {
    type = bigint
    null = true
    as {
      expr = "(\"c14\" * 2)"
      type = STORED
    }
  }

  primary_key {
    columns = [column.c14]
  }

  index "ix44" {
    type    = HASH
    columns = [column.c14]
  }
  index "ix45" {
    type    = GIST
    columns = [column.c11]
    where   = "\"c10\" IS NOT NULL"
    storage_parameters = {
      fillfactor = 83
    }
  }
  index "ix46" {
    on {
      expr = "upper((\"ünï_c13_名前\")::text)"
      desc = true
    }
    on {
      expr = "upper((\"c12.dot-dash\")::text)"
      desc = true
    }
    on {
      column      = column.c40
      nulls_first = true
    }
  }

  unique "uq24" {
    columns = [column.ünï_c13_名前, column.c14]
  }

  check "ck30_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
    expr = "\"c12.dot-dash\" <> ''"
  }

  foreign_key "fk38" {
    columns     = [column.c39, column.c40]
    ref_columns = [column.ünï_c13_名前, column.c14]
  }

  row_security {
    forced = true
  }
}

table "t7" {
  schema = schema.ünï_s3_名前

  column "c8" {
    type = bigint
  }

  primary_key "pk21" {
    columns = [column.c8]
  }

  unique "uq23" {
    columns = [column.c8]
  }

  check "ck28" {
    expr       = "\"c8\" < 100000"
    no_inherit = true
  }
  check "ck29" {
    expr = "\"c8\" < 100000"
  }

  row_security {
    enabled = true
  }
}

policy "p49" {
  on    = table["1st t17"]
  for   = ALL
  to    = ["PUBLIC"]
  using = "\"c37\" < 100000"
  check = "\"c19\" IS NOT NULL"
}

policy "p47" {
  on  = table.t15
  for = DELETE
  as  = RESTRICTIVE
  to  = ["anon", "authenticated", "service_role"]
}

policy "p48" {
  on  = table.t15
  for = ALL
  as  = RESTRICTIVE
  to  = ["PUBLIC"]
}

policy "MixedP51" {
  on    = table["q\"t9\""]
  for   = DELETE
  to    = ["authenticated", "service_role"]
  using = "current_user <> 'anon'"
}

policy "p50" {
  on    = table["q\"t9\""]
  for   = ALL
  as    = RESTRICTIVE
  to    = ["anon", "authenticated"]
  using = "current_user <> 'anon'"
  check = "\"c10\" IS NOT NULL"
}
