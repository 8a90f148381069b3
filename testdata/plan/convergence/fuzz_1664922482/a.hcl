schema "public" {}

schema "s2" {}

enum "e3" {
  schema = schema.public
  values = ["back\\slash'v4"]
}

enum "e5" {
  schema = schema.s2
  values = ["primary", "v7", "v8"]
}

composite "ct11" {
  schema = schema.public
  field "f12" {
    type = text
  }
  field "f13_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
    type = integer
  }
}

domain "d9" {
  schema  = schema.public
  type    = text
  null    = true
  default = "it's"
  check "dck10" {
    expr = "VALUE <> ''"
  }
}

sequence "seq20" {
  schema    = schema.public
  start     = 5
  increment = 10
  comment   = "back\\slash"
}

table "t14" {
  schema = schema.public

  column "c15" {
    type    = date
    default = sql("CURRENT_DATE")
  }
  column "c16" {
    type = macaddr
    null = true
  }
  column "back\\slash'c17" {
    type    = date
    default = "2020-01-01"
  }
  column "c18" {
    type = varchar
  }
  column "c19" {
    type = bit_varying(16)
    null = true
  }
  column "c21" {
    type    = bigint
    null    = true
    default = sql("nextval('\"public\".\"seq20\"'::regclass)")
  }
  column "c25" {
    type = bigint
  }
  column "c26" {
    type = date
    null = true
  }
  column "1st c28" {
    type = bigint
  }
  column "c29" {
    type = date
    null = true
  }

  unique "uq22" {
    columns        = [column.c21, column["back\\slash'c17"]]
    nulls_distinct = false
  }

  check "1st ck23" {
    expr = "char_length(\"c18\") <= 40"
  }

  foreign_key "fk24" {
    columns     = [column.c25, column.c26]
    ref_columns = [column.c21, column["back\\slash'c17"]]
    on_update   = SET_DEFAULT
  }
  foreign_key "fk27" {
    columns     = [column["1st c28"], column.c29]
    ref_columns = [column.c21, column["back\\slash'c17"]]
    on_delete   = CASCADE
    on_update   = RESTRICT
  }

  grant {
    role       = PUBLIC
    privileges = [DELETE]
  }
}

policy "q\"p31\"" {
  on  = table.t14
  for = DELETE
  as  = RESTRICTIVE
  to  = ["authenticated"]
}

view "my v33" {
  schema = schema.s2

  column "c16" {
    type = macaddr
  }
  column "c21" {
    type = bigint
  }
  column "c18" {
    type = varchar
  }

  as = "SELECT \"c16\", \"c21\", \"c18\" FROM \"public\".\"t14\""
}

view "v32" {
  schema = schema.s2

  column "c25" {
    type = bigint
  }
  column "c15" {
    type = date
  }

  as      = "SELECT \"c25\", \"c15\" FROM \"public\".\"t14\""
  comment = "$$dollar$$"
}

function "f30_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
  schema = schema.s2
  lang   = SQL
  arg "x" {
    type = integer
  }
  return     = integer
  volatility = IMMUTABLE
  as         = "SELECT x + 9"
}
