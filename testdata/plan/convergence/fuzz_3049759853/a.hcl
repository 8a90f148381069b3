schema "public" {}

schema "s2" {
  exclusive = true
}

extension "hstore" {
  schema = schema.s2
}

enum "e3" {
  schema = schema.public
  values = ["back\\slash'v4", "v5.dot-dash"]
}

table "back\\slash't13" {
  schema = schema.s2
  storage_parameters = {
    autovacuum_enabled = true
    fillfactor         = 61
  }

  column "c14_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
    type = macaddr
  }
  column "ünï_c15_名前" {
    type = int8range
    null = true
  }
  column "c16" {
    type = sql("integer[]")
    null = true
  }
  column "c17" {
    type    = date
    default = sql("CURRENT_DATE")
  }
  column "c18" {
    type    = timetz
    comment = "$$dollar$$"
  }
  column "c23" {
    type = macaddr
    null = true
  }
  column "c24" {
    type = timetz
  }
  column "c26" {
    type = bit(8)
    null = true
  }

  primary_key "pk20" {
    columns = [column.c14_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, column.c18]
  }

  foreign_key "1st fk22" {
    columns     = [column.c23, column.c24]
    ref_columns = [column.c14_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, column.c18]
    on_update   = RESTRICT
  }
  foreign_key "fk25" {
    columns     = [column.c26]
    ref_columns = [table.t6.column.c11]
    on_delete   = SET_DEFAULT
    on_update   = CASCADE
  }

  row_security {
    enabled = true
  }
}

table "t6" {
  schema  = schema.s2
  comment = "ünïcode 名前"

  column "c7" {
    type = daterange
  }
  column "c8" {
    type = tstzrange
    null = true
  }
  column "my c9" {
    type = tstzrange
    null = true
  }
  column "c10" {
    type    = double_precision
    default = 0
  }
  column "c11" {
    type = bit(8)
  }
  column "my c12" {
    type = tsrange
    null = true
  }

  primary_key "pk19" {
    columns = [column.c11]
  }

  unique "uq21" {
    columns = [column.c11]
  }

  row_security {
    enabled = true
    forced  = true
  }
}

view "select" {
  schema = schema.s2

  column "c16" {
    type = sql("integer[]")
  }

  as = "SELECT \"c16\" FROM \"s2\".\"ünï_v30_名前\""
}

view "ünï_v30_名前" {
  schema = schema.s2

  column "c16" {
    type = sql("integer[]")
  }
  column "c26" {
    type = bit(8)
  }

  as = "SELECT \"c16\", \"c26\" FROM \"s2\".\"back\\slash't13\""
}

function "tf27" {
  schema = schema.public
  lang   = PLpgSQL
  return = trigger
  as     = <<-SQL

    BEGIN
      RETURN COALESCE(NEW, OLD);
    END
  SQL
}

trigger "tr29" {
  on = table["back\\slash't13"]
  after {
    update = true
  }
  for = ROW
  execute {
    function = function.public.tf27
  }
}

trigger "tr28" {
  on = table.t6
  before {
    insert = true
    delete = true
    update = true
  }
  for = ROW
  execute {
    function = function.public.tf27
  }
}
