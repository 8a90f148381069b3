schema "public" {}
schema "Mixed Case" {}

enum "Status Kind" {
  schema = schema["Mixed Case"]
  values = ["It's", "Ok", "Won't \"do\""]
}

table "Order Items" {
  schema  = schema["Mixed Case"]
  comment = "It's odd"
  column "ID" { type = bigint }
  column "Status" {
    type    = enum["Status Kind"]
    default = "Ok"
  }
  column "select" { type = varchar(30) }
  column "naïve" {
    type    = text
    comment = "café"
  }
  column "Group" {
    type = text
    null = true
  }
  primary_key "Order Items PK" { columns = [column.ID, column.select] }
  check "ID > 0" { expr = "\"ID\" > 0 AND \"select\" <> ''" }
  index "Idx Select" {
    on {
      column = column.select
      desc   = true
    }
  }
  index "Idx \"Group\"" {
    columns = [column.Group]
    where   = "\"Status\" <> 'Won''t \"do\"'"
  }
}
