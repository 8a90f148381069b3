schema "public" {}

enum "e2" {
  schema = schema.public
  values = ["v3", "MixedV4", "v5"]
}

domain "d6" {
  schema = schema.public
  type   = integer
  null   = true
  check "my dck7" {
    expr = "VALUE >= 0"
  }
}

sequence "seq17" {
  schema = schema.public
  type   = integer
}

sequence "seq18" {
  schema = schema.public
  type   = smallint
  start  = 12
  cache  = 20
}

table "part37" {
  schema       = schema.public
  partition_of = table.pt33
  for_values   = "FROM (0) TO (100)"
}

table "part38" {
  schema       = schema.public
  partition_of = table.pt33
  for_values   = "FROM (100) TO (200)"
}

table "part39" {
  schema       = schema.public
  partition_of = table.pt33
  for_values   = "FROM (200) TO (300)"
}

table "pt33" {
  schema = schema.public

  column "ünï_k34_名前" {
    type = integer
  }
  column "my c35" {
    type = text
    null = true
  }

  partition {
    type    = RANGE
    columns = [column.ünï_k34_名前]
  }

  index "ix36" {
    columns = [column["my c35"]]
  }
}

table "t10" {
  schema  = schema.public
  comment = "a comment"

  column "c11" {
    type = numeric
  }
  column "c12" {
    type = time
  }
  column "c13" {
    type = boolean
    null = true
  }
  column "c14" {
    type = tstzrange
  }
  column "c15" {
    type = tsrange
    null = true
  }
  column "c16" {
    type    = int4range
    comment = "a comment"
  }

  index "ix25" {
    columns = [column.c11, column.c12]
    storage_parameters = {
      fillfactor = 70
    }
    concurrently = true
  }
  index "ix26_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
    type    = BRIN
    columns = [column.c12]
    where   = "\"c13\" IS NOT NULL"
  }
  index "ix27" {
    columns = [column.c11, column.c12]
  }

  unique "uq19" {
    columns = [column.c11]
  }

  check "MixedCk20" {
    expr = "\"c11\" >= 0"
  }

  row_security {
    enabled = true
    forced  = true
  }
}

table "t8" {
  schema   = schema.public
  unlogged = true

  column "c9" {
    type = sql("text[]")
    null = true
  }
  column "c22" {
    type = numeric
  }

  index "ix23" {
    where = "\"c22\" >= 0"
    on {
      column = column.c22
      desc   = true
    }
  }
  index "ix24" {
    unique       = true
    include      = [column.c9]
    where        = "\"c9\" IS NOT NULL"
    concurrently = true
    on {
      column      = column.c22
      nulls_first = true
    }
  }

  foreign_key "fk21" {
    columns            = [column.c22]
    ref_columns        = [table.t10.column.c11]
    on_update          = CASCADE
    deferrable         = true
    initially_deferred = true
  }

  grant {
    role       = PUBLIC
    privileges = [INSERT]
  }

  row_security {
    enabled = true
  }
}

policy "p31" {
  on    = table.t10
  for   = ALL
  as    = RESTRICTIVE
  to    = ["anon", "authenticated"]
  using = "true"
}

policy "p32" {
  on  = table.t10
  for = UPDATE
  as  = RESTRICTIVE
  to  = ["authenticated", "service_role"]
}

view "v40" {
  schema = schema.public

  column "c15" {
    type = tsrange
  }
  column "c11" {
    type = numeric
  }
  column "c16" {
    type = int4range
  }

  as               = "SELECT \"c15\", \"c11\", \"c16\" FROM \"public\".\"t10\" WHERE \"c15\" IS NOT NULL"
  security_invoker = true
}

view "v41" {
  schema = schema.public

  column "c9" {
    type = sql("text[]")
  }
  column "c22" {
    type = numeric
  }

  as = "SELECT \"c9\", \"c22\" FROM \"public\".\"t8\""
}

function "q\"f28\"" {
  schema = schema.public
  lang   = SQL
  arg "x" {
    type = integer
  }
  return = integer
  as     = "SELECT x + 9"
}

function "tf29_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
  schema = schema.public
  lang   = PLpgSQL
  return = trigger
  as     = <<-SQL

    BEGIN
      RETURN COALESCE(NEW, OLD);
    END
  SQL
}

trigger "tr30.dot-dash" {
  on = table.t8
  before {
    insert = true
    update = true
  }
  for = ROW
  execute {
    function = function.public.tf29_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
  }
}
