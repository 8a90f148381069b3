schema "public" {}
schema "Mixed Case" {}

enum "Status Kind" {
  schema = schema["Mixed Case"]
  values = ["It's", "Ok"]
}

table "Order Items" {
  schema = schema["Mixed Case"]
  column "ID" { type = integer }
  column "Status" { type = enum["Status Kind"] }
  column "select" { type = text }
  column "naïve" {
    type = text
    null = true
  }
  primary_key "Order Items PK" { columns = [column.ID] }
  check "ID > 0" { expr = "\"ID\" > 0" }
  index "Idx Select" { columns = [column.select] }
}
