schema "public" {}

table "odd \"quoted\" table" {
  schema = schema.public
  column "id" { type = integer }
  column "Your Col" { type = text }
  primary_key { columns = [column.id] }
  index "Odd Index" {
    on { expr = "lower(\"Your Col\")" }
  }
  check "my col check" { expr = "\"Your Col\" <> ''" }
  row_security { enabled = true }
}

policy "odd policy" {
  on    = table["odd \"quoted\" table"]
  using = "\"Your Col\" IS NOT NULL"
}

moved {
  from = table["Odd Table"]
  to   = table["odd \"quoted\" table"]
}

moved {
  from = table["Odd Table"].column["my col"]
  to   = table["odd \"quoted\" table"].column["Your Col"]
}
