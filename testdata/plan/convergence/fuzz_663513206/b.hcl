schema "public" {}

schema "s2" {}

schema "s3" {
  exclusive = true
}

extension "citext" {
  schema = schema.public
}

enum "e4" {
  schema = schema.public
  values = ["v5", "v6_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "my v7", "v8"]
}

enum "e36" {
  schema = schema.s3
  values = ["v37", "v38", "v39", "v40"]
}

enum "e9" {
  schema = schema.s3
  values = ["v10", "v11", "v12", "v13"]
}

sequence "seq22_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
  schema    = schema.s2
  start     = 90
  min_value = 5
  max_value = 30000
}

table "t20" {
  schema           = schema.s2
  comment          = "ünïcode 名前"
  replica_identity = FULL

  column "c21.dot-dash" {
    type = cidr
  }

  index "ix31" {
    columns = [column["c21.dot-dash"]]
    where   = "\"c21.dot-dash\" IS NOT NULL"
    storage_parameters = {
      fillfactor = 100
    }
  }

  unique "from" {
    columns = [column["c21.dot-dash"]]
  }

  row_security {
    enabled = true
  }
  lifecycle {
    prevent_destroy = true
  }
}

table "t14" {
  schema  = schema.s3
  comment = "ünïcode 名前"

  column "c15" {
    type    = uuid
    default = sql("gen_random_uuid()")
  }
  column "c16" {
    type    = timestamp
    null    = true
    default = sql("LOCALTIMESTAMP")
  }
  column "c17" {
    type = cidr
  }
  column "c18" {
    type    = timetz
    null    = true
    comment = "back\\slash"
  }
  column "c19" {
    type    = double_precision
    null    = true
    default = 0
  }
  column "c26" {
    type = cidr
  }
  column "c27" {
    type = timestamp
    null = true
  }
  column "c29" {
    type = cidr
    null = true
  }
  column "c30" {
    type = timestamp
    null = true
  }

  unique "uq24" {
    columns = [column.c17, column.c16]
  }

  foreign_key "fk25" {
    columns     = [column.c26, column.c27]
    ref_columns = [column.c17, column.c16]
    on_delete   = RESTRICT
    on_update   = CASCADE
  }
  foreign_key "fk28" {
    columns     = [column.c29, column.c30]
    ref_columns = [column.c17, column.c16]
    on_delete   = CASCADE
    on_update   = SET_DEFAULT
  }

  row_security {
    enabled = true
  }
}

view "MixedV34" {
  schema = schema.s2

  column "c21.dot-dash" {
    type = cidr
  }

  as      = "SELECT \"c21.dot-dash\" FROM \"s2\".\"t20\" WHERE \"c21.dot-dash\" IS NOT NULL"
  comment = "$$dollar$$"
}

view "v35_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
  schema = schema.s3

  column "c21.dot-dash" {
    type = cidr
  }

  as      = "SELECT \"c21.dot-dash\" FROM \"s2\".\"t20\""
  comment = "ünïcode 名前"
}

function "1st tf33" {
  schema = schema.s2
  lang   = PLpgSQL
  return = trigger
  as     = <<-SQL

    BEGIN
      RETURN COALESCE(NEW, OLD);
    END
  SQL
}

function "f32" {
  schema = schema.s2
  lang   = SQL
  arg "x" {
    type = integer
  }
  return     = integer
  volatility = STABLE
  as         = "SELECT x + 6"
}
