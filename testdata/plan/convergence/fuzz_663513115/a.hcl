schema "public" {}

schema "s2" {}

extension "btree_gist" {
  schema = schema.s2
}

enum "e5_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
  schema = schema.public
  values = ["v6", "v7"]
}

enum "MixedE3" {
  schema = schema.s2
  values = ["MixedV4"]
}

domain "d8" {
  schema  = schema.public
  type    = text
  null    = true
  default = "it's"
}

domain "d9" {
  schema = schema.s2
  type   = text
  null   = true
  check "dck10" {
    expr = "VALUE <> ''"
  }
}

table "t11" {
  schema  = schema.public
  comment = "it's quoted"

  column "c12" {
    type    = point
    null    = true
    comment = "ünïcode 名前"
  }
  column "c13" {
    type = varchar
  }
  column "c14" {
    type = uuid
  }
  column "c15" {
    type = json
    null = true
  }
  column "c27" {
    type = uuid
  }

  primary_key {
    columns = [column.c14, column.c13]
  }

  index "ix36" {
    type    = HASH
    columns = [column.c14]
    where   = "\"c15\" IS NOT NULL"
    storage_parameters = {
      fillfactor = 79
    }
  }

  unique "uq23" {
    columns = [column.c14, column.c13]
  }

  foreign_key "fk26" {
    columns            = [column.c27]
    ref_columns        = [table["my t16"].column.c17]
    on_delete          = CASCADE
    deferrable         = true
    initially_deferred = true
  }

  grant {
    role       = PUBLIC
    privileges = [SELECT, INSERT]
    columns    = [column.c14, column.c15]
  }
}

table "t21" {
  schema = schema.public

  column "q\"c22\"" {
    type = date
  }
  column "q\"c29\"" {
    type = uuid
    null = true
  }
  column "c31" {
    type = date
    null = true
  }

  index "ix37" {
    type    = BRIN
    columns = [column.c31]
  }

  unique "where" {
    columns        = [column["q\"c22\""]]
    nulls_distinct = false
  }

  foreign_key "back\\slash'fk28" {
    columns     = [column["q\"c29\""]]
    ref_columns = [table["my t16"].column.c17]
    on_delete   = SET_DEFAULT
    on_update   = SET_NULL
    match       = FULL
  }
  foreign_key "fk30" {
    columns     = [column.c31]
    ref_columns = [column["q\"c22\""]]
    on_delete   = SET_DEFAULT
    on_update   = SET_DEFAULT
    match       = FULL
  }

  grant {
    role       = PUBLIC
    privileges = [SELECT, REFERENCES]
    columns    = [column["q\"c22\""], column["q\"c29\""]]
  }

  row_security {
    forced = true
  }
}

table "1st part48" {
  schema       = schema.s2
  partition_of = table.pt43
  for_values   = "WITH (modulus 3, remainder 2)"
}

table "my t16" {
  schema  = schema.s2
  comment = "two\nlines"

  column "c17" {
    type    = uuid
    default = sql("gen_random_uuid()")
  }
  column "c18" {
    type = tstzrange
  }
  column "c19" {
    type    = real
    comment = "$$dollar$$"
  }
  column "c20" {
    type = daterange
    null = true
  }
  column "c33" {
    type = uuid
  }
  column "c35" {
    type = uuid
    null = true
  }

  index "ix38" {
    type    = HASH
    columns = [column.c33]
  }
  index "ix39" {
    type    = GIST
    columns = [column.c20]
    where   = "\"c17\" IS NOT NULL"
  }
  index "ix40" {
    type    = HASH
    columns = [column.c33]
    where   = "\"c17\" IS NOT NULL"
    storage_parameters = {
      fillfactor = 63
    }
  }

  unique "back\\slash'uq25" {
    columns        = [column.c17]
    nulls_distinct = false
  }

  foreign_key "fk32" {
    columns     = [column.c33]
    ref_columns = [column.c17]
    match       = FULL
  }
  foreign_key "fk34" {
    columns     = [column.c35]
    ref_columns = [column.c17]
    on_delete   = CASCADE
    on_update   = CASCADE
  }

  row_security {
    enabled = true
    forced  = true
  }
}

table "part46" {
  schema       = schema.s2
  partition_of = table.pt43
  for_values   = "WITH (modulus 3, remainder 0)"
}

table "part47" {
  schema       = schema.s2
  partition_of = table.pt43
  for_values   = "WITH (modulus 3, remainder 1)"
}

table "pt43" {
  schema = schema.s2

  column "k44" {
    type = integer
  }
  column "c45" {
    type = text
    null = true
  }

  partition {
    type    = HASH
    columns = [column.k44]
  }
}

policy "p41" {
  on    = table.t21
  for   = SELECT
  as    = RESTRICTIVE
  to    = ["PUBLIC"]
  using = "true"
}

policy "p42" {
  on    = table.t21
  for   = DELETE
  as    = RESTRICTIVE
  to    = ["PUBLIC"]
  using = "true"
}

view "v49" {
  schema = schema.public

  column "q\"c29\"" {
    type = uuid
  }

  as               = "SELECT \"q\"\"c29\"\"\" FROM \"public\".\"t21\""
  security_barrier = true
  comment          = "it's quoted"
}

view "v50" {
  schema = schema.s2

  column "c13" {
    type = varchar
  }
  column "c15" {
    type = json
  }

  as               = "SELECT \"c13\", \"c15\" FROM \"public\".\"t11\""
  security_invoker = true
}
