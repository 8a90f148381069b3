schema "public" {}

schema "q\"s2\"" {}

extension "hstore" {
  schema = schema["q\"s2\""]
}

composite "ct3" {
  schema = schema["q\"s2\""]
  field "f4" {
    type = numeric(10, 2)
  }
  field "f5" {
    type = integer
  }
  field "f6" {
    type = numeric(10, 2)
  }
}

sequence "seq18" {
  schema    = schema.public
  type      = integer
  start     = 96
  increment = 10
  cycle     = true
}

sequence "seq16" {
  schema    = schema["q\"s2\""]
  type      = integer
  start     = 33
  increment = 2
  min_value = 5
}

sequence "seq48" {
  schema    = schema["q\"s2\""]
  start     = 73
  increment = 10
  min_value = 5
}

table "part44" {
  schema       = schema.public
  partition_of = table.pt40
  for_values   = "FROM (0) TO (100)"
}

table "part45" {
  schema       = schema.public
  partition_of = table.pt40
  for_values   = "FROM (100) TO (200)"
}

table "pt40" {
  schema = schema.public

  column "k41" {
    type = integer
  }
  column "c42" {
    type = text
    null = true
  }

  partition {
    type    = RANGE
    columns = [column.k41]
  }

  primary_key "pk43" {
    columns = [column.k41]
  }

  index "ix46" {
    on {
      column = column.c42
      desc   = true
    }
  }
}

table "t47" {
  schema  = schema.public
  comment = "two\nlines"
  storage_parameters = {
    autovacuum_enabled = false
  }

  column "c14" {
    type = sql("text[]")
    null = true
  }
  column "c15" {
    type = int4range
    null = true
  }
  column "c27_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
    type = bigint
  }
  column "c29" {
    type = bigint
  }
  column "c49" {
    type    = bigint
    null    = true
    default = sql("nextval('\"q\"\"s2\"\"\".\"seq48\"'::regclass)")
  }

  index "ix31" {
    type    = GIN
    columns = [column.c14]
    where   = "\"c29\" >= 0"
  }
  index "ix32" {
    unique = true
    on {
      column      = column.c27_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
      nulls_first = true
    }
  }
  index "ix33" {
    type    = GIN
    columns = [column.c14]
  }

  foreign_key "fk26" {
    columns     = [column.c27_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]
    ref_columns = [table.t7.column.c8]
    on_update   = SET_DEFAULT
  }
  foreign_key "fk28" {
    columns     = [column.c29]
    ref_columns = [table.t7.column.c8]
  }

  row_security {
    forced = true
  }
}

table "t7" {
  schema           = schema.public
  comment          = "it's quoted (changed)"
  replica_identity = NOTHING

  column "c8" {
    type = bigint
  }
  column "c9" {
    type    = timestamp
    default = "2020-01-01 00:00:00"
    comment = "back\\slash"
  }
  column "c10" {
    type = jsonb
    null = true
  }
  column "c11" {
    type    = tstzrange
    null    = true
    comment = "it's quoted"
  }
  column "c12" {
    type = oid
    null = true
  }
  column "c17" {
    type    = bigint
    null    = true
    default = sql("nextval('\"q\"\"s2\"\"\".\"seq16\"'::regclass)")
  }
  column "c19" {
    type    = bigint
    null    = true
    default = sql("nextval('\"public\".\"seq18\"'::regclass)")
  }
  column "c23" {
    type = bigint
  }
  column "c25" {
    type = bigint
    null = true
  }

  index "my ix30" {
    unique  = true
    include = [column.c25]
    where   = "\"c11\" IS NOT NULL"
    on {
      column = column.c19
      desc   = true
    }
    on {
      column = column.c9
      desc   = true
    }
  }

  unique "uq20" {
    columns        = [column.c8]
    nulls_distinct = false
  }

  check "ck21" {
    expr = "\"c8\" < 100000"
  }

  foreign_key "fk22" {
    columns     = [column.c23]
    ref_columns = [column.c8]
    on_update   = CASCADE
  }
  foreign_key "fk24" {
    columns     = [column.c25]
    ref_columns = [column.c8]
    on_delete   = CASCADE
    on_update   = SET_DEFAULT
    match       = FULL
  }

  grant {
    role       = PUBLIC
    privileges = [INSERT, UPDATE, DELETE]
  }

  row_security {
    enabled = true
  }
}

policy "my p39" {
  on    = table.t47
  for   = DELETE
  as    = RESTRICTIVE
  to    = ["anon"]
  using = "\"c15\" IS NOT NULL"
}

policy "p37" {
  on  = table.t7
  for = SELECT
  as  = RESTRICTIVE
  to  = ["service_role"]
}

policy "p38" {
  on    = table.t7
  for   = ALL
  to    = ["PUBLIC"]
  using = "\"c9\" IS NOT NULL"
  check = "\"c19\" < 100000"
}

function "tf34" {
  schema = schema["q\"s2\""]
  lang   = PLpgSQL
  return = trigger
  as     = <<-SQL

    BEGIN
      RETURN COALESCE(NEW, OLD);
    END
  SQL
}

trigger "tr36" {
  on = table.t47
  before {
    insert = true
    delete = true
    update = true
  }
  for = ROW
  execute {
    function = function["q\"s2\""].tf34
  }
}

trigger "check" {
  on = table.t7
  after {
    insert = true
    delete = true
  }
  for = ROW
  execute {
    function = function["q\"s2\""].tf34
  }
}

moved {
  from = table.public.t13
  to   = table.t47
}
