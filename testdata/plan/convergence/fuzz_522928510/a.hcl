schema "public" {}

enum "ünï_e2_名前" {
  schema = schema.public
  values = ["v3"]
}

domain "q\"d4\"" {
  schema = schema.public
  type   = text
  null   = true
  check "dck5" {
    expr = "VALUE <> ''"
  }
}

sequence "back\\slash'seq14" {
  schema = schema.public
  type   = smallint
}

table "t11" {
  schema = schema.public

  column "c12" {
    type = xml
  }
  column "c13" {
    type    = oid
    null    = true
    default = 0
  }
  column "c26" {
    type = integer
  }
  column "c27" {
    type = bigint
    null = true
  }

  index "ix30" {
    unique = true
    on {
      column = column.c13
    }
    on {
      column = column.c26
    }
    on {
      expr = "(\"c27\" + 1)"
      desc = true
    }
  }
  index "ix31" {
    on {
      expr        = "(\"c26\" + 1)"
      desc        = true
      nulls_first = false
    }
    on {
      expr = "(\"c27\" + 1)"
    }
    on {
      column      = column.c13
      desc        = true
      nulls_first = false
    }
  }
  index "ix32" {
    columns = [column.c26, column.c27]
  }

  foreign_key "fk25" {
    columns     = [column.c26, column.c27]
    ref_columns = [table.t6.column.c7, table.t6.column.c15]
    deferrable  = true
  }

  row_security {
    forced = true
  }
}

table "t6" {
  schema = schema.public
  storage_parameters = {
    fillfactor = 98
  }

  column "c7" {
    type    = integer
    default = 7
  }
  column "c8" {
    type    = jsonb
    null    = true
    default = "{}"
  }
  column "c9" {
    type    = enum.ünï_e2_名前
    default = "v3"
  }
  column "1st c10" {
    type    = sql("integer[]")
    null    = true
    default = "{}"
  }
  column "c15" {
    type    = bigint
    default = sql("nextval(E'\"public\".\"back\\\\slash''seq14\"'::regclass)")
  }
  column "c20" {
    type = integer
  }
  column "c21" {
    type = bigint
    null = true
  }
  column "c23" {
    type = integer
  }
  column "ünï_c24_名前" {
    type = bigint
  }

  primary_key "pk16" {
    columns = [column.c7, column.c15]
  }

  index "ix28" {
    columns = [column.c21]
  }
  index "ix29" {
    include = [column.c23]
    on {
      column = column.ünï_c24_名前
    }
    on {
      column = column.c15
      desc   = true
    }
    on {
      column = column.c20
    }
  }

  unique "uq17" {
    columns        = [column.c7, column.c15]
    nulls_distinct = false
  }

  check "ck18" {
    expr = "\"c7\" >= 0"
  }

  foreign_key "fk19" {
    columns     = [column.c20, column.c21]
    ref_columns = [column.c7, column.c15]
    on_update   = SET_DEFAULT
  }
  foreign_key "fk22" {
    columns     = [column.c23, column.ünï_c24_名前]
    ref_columns = [column.c7, column.c15]
  }

  grant {
    role       = PUBLIC
    privileges = [TRUNCATE]
  }

  row_security {
    enabled = true
    forced  = true
  }
}

policy "my p38" {
  on    = table.t11
  for   = ALL
  to    = ["PUBLIC"]
  using = "current_user <> 'anon'"
}

policy "p37" {
  on    = table.t11
  for   = SELECT
  as    = RESTRICTIVE
  to    = ["PUBLIC"]
  using = "\"public\".\"f33\"(1) > 0"
}

policy "p36" {
  on  = table.t6
  for = ALL
  to  = ["PUBLIC"]
}

materialized "v39" {
  schema = schema.public

  column "c23" {
    type = integer
  }
  column "1st c10" {
    type = sql("integer[]")
  }
  column "c20" {
    type = integer
  }

  as = "SELECT \"c23\", \"1st c10\", \"c20\" FROM \"public\".\"t6\""
}

view "v40" {
  schema = schema.public

  column "c13" {
    type = oid
  }
  column "c12" {
    type = xml
  }

  as      = "SELECT \"c13\", \"c12\" FROM \"public\".\"t11\" WHERE \"c13\" IS NOT NULL"
  comment = "two\nlines"
}

function "f33" {
  schema = schema.public
  lang   = SQL
  arg "x" {
    type = integer
  }
  return = integer
  as     = "SELECT x + 5"
}

function "tf34" {
  schema = schema.public
  lang   = PLpgSQL
  return = trigger
  as     = <<-SQL

    BEGIN
      RETURN COALESCE(NEW, OLD);
    END
  SQL
}

trigger "tr35" {
  on = table.t6
  after {
    delete = true
  }
  for = ROW
  execute {
    function = function.public.tf34
  }
}
