schema "public" {}

table "ttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt" {
  schema = schema.public
  column "ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc" { type = integer }
  column "éééééééééééééééééééééééééééééééx" {
    type = text
    null = true
  }
  primary_key "ppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp" { columns = [column.ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc] }
  check "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk" { expr = "ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc > 0" }
  index "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii" { columns = [column["éééééééééééééééééééééééééééééééx"]] }
}
