schema "public" {}
schema "Sales Data" {}

table "order" {
  schema = schema.public
  column "user" { type = text }
  column "select" {
    type = integer
    null = true
  }
  column "CamelCase" {
    type = text
    null = true
  }
  column "with space" {
    type = text
    null = true
  }
  column "quote\"inside" {
    type = text
    null = true
  }
  column "naïve_café" {
    type = text
    null = true
  }
  column "日本語" {
    type = text
    null = true
  }
  primary_key "order_pkey" { columns = [column.user] }
  index "Idx on CamelCase" { columns = [column.CamelCase, column["日本語"]] }
}

table "User Accounts" {
  schema = schema["Sales Data"]
  column "Id" { type = integer }
  column "Owner" { type = text }
  primary_key "User Accounts_pkey" { columns = [column.Id] }
  foreign_key "Owner → order" {
    columns     = [column.Owner]
    ref_columns = [table.order.column.user]
  }
  check "Id positive" { expr = "\"Id\" > 0" }
}
