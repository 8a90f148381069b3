schema "my s3" {}

schema "public" {}

schema "s2" {}

schema "s29" {
  exclusive = true
}

enum "e4" {
  schema = schema["my s3"]
  values = ["ünï_v5_名前", "v6", "v7"]
}

table "t15" {
  schema   = schema.public
  unlogged = true

  column "c16" {
    type    = enum.e4
    null    = true
    default = "ünï_v5_名前"
  }

  row_security {
    enabled = true
    forced  = true
  }
}

table "t10" {
  schema = schema.s2
  storage_parameters = {
    autovacuum_enabled         = true
    fillfactor                 = 61
    "toast.autovacuum_enabled" = false
  }

  column "q\"c11\"" {
    type    = varchar(20)
    collate = "C"
  }
  column "c12" {
    type = enum.e4
  }
  column "c13" {
    type = tstzrange
    null = true
  }
  column "c14" {
    type = tsquery
  }
  column "c23" {
    type    = varchar(20)
    collate = "POSIX"
  }
  column "c25" {
    type    = varchar(20)
    collate = "POSIX"
  }

  primary_key "pk17" {
    columns = [column["q\"c11\""]]
  }

  index "ix26" {
    include = [column.c13]
    on {
      column = column.c23
      desc   = true
    }
    on {
      column = column["q\"c11\""]
      desc   = true
    }
  }
  index "ix27" {
    where = "\"c23\" IS NOT NULL"
    storage_parameters = {
      fillfactor = 70
    }
    on {
      expr        = "upper((\"c23\")::text)"
      nulls_first = true
    }
    on {
      column = column.c25
    }
  }

  unique "uq19" {
    columns = [column["q\"c11\""]]
  }

  foreign_key "fk22" {
    columns     = [column.c23]
    ref_columns = [table.t8.column["q\"c9\""]]
    on_delete   = SET_DEFAULT
    match       = FULL
  }
  foreign_key "primary" {
    columns     = [column.c25]
    ref_columns = [column["q\"c11\""]]
    on_delete   = RESTRICT
  }

  row_security {
    enabled = true
  }
}

table "t8" {
  schema           = schema.s2
  replica_identity = FULL

  column "q\"c9\"" {
    type    = varchar(20)
    default = "it's"
  }

  primary_key {
    columns = [column["q\"c9\""]]
  }

  unique "uq18" {
    columns = [column["q\"c9\""]]
  }

  check "ck20" {
    expr = "\"q\"\"c9\"\"\" LIKE 'v%'"
  }
  check "ck21" {
    expr = "char_length(\"q\"\"c9\"\"\") <= 40"
  }

  row_security {
    enabled = true
  }
}
