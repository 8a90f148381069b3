schema "public" {}

schema "s2.dot-dash" {}

schema "s3" {}

enum "e4.dot-dash" {
  schema = schema.public
  values = ["v5", "v6", "back\\slash'v7", "v8"]
}

domain "d11" {
  schema  = schema["s2.dot-dash"]
  type    = text
  default = "v0"
}

composite "ct12" {
  schema = schema.s3
  field "f13" {
    type = numeric(10, 2)
  }
  field "f14" {
    type = integer
  }
  field "f15" {
    type = integer
  }
}

domain "d9" {
  schema  = schema.s3
  type    = integer
  default = 7
  check "dck10" {
    expr = "VALUE < 100000"
  }
}

sequence "seq23" {
  schema    = schema["s2.dot-dash"]
  start     = -10
  increment = -1
  cache     = 20
}

table "part40_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
  schema       = schema["s2.dot-dash"]
  partition_of = table.pt35
  for_values   = "IN (1, 2, 3)"
}

table "part41" {
  schema       = schema["s2.dot-dash"]
  partition_of = table.pt35
  default      = true
}

table "pt35" {
  schema = schema["s2.dot-dash"]

  column "k36" {
    type = integer
  }
  column "c37" {
    type = text
    null = true
  }

  partition {
    type    = LIST
    columns = [column.k36]
  }

  primary_key "ünï_pk38_名前" {
    columns = [column.k36]
  }

  index "ix43" {
    on {
      column = column.c37
      desc   = true
    }
  }
}

table "t21_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
  schema = schema.s3

  column "c22" {
    type = timetz
  }

  index "MixedIx29" {
    unique = true
    on {
      column = column.c22
      desc   = true
    }
  }
  index "ix30" {
    unique  = true
    columns = [column.c22]
  }

  unique "uq26" {
    columns = [column.c22]
  }
}

policy "1st p32" {
  on    = table.t21_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
  for   = UPDATE
  to    = ["anon", "authenticated", "service_role"]
  using = "\"c22\" IS NOT NULL"
  check = "\"c22\" IS NOT NULL"
}

policy "p33" {
  on  = table.t21_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
  for = INSERT
  to  = ["PUBLIC"]
}

function "f31" {
  schema = schema.s3
  lang   = SQL
  arg "x" {
    type = integer
  }
  return     = integer
  volatility = IMMUTABLE
  as         = "SELECT x + 7"
}
