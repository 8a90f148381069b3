schema "public" {}

table "Odd Table" {
  schema = schema.public
  column "id" { type = integer }
  column "my col" { type = text }
  primary_key { columns = [column.id] }
  index "Odd Index" {
    on { expr = "lower(\"my col\")" }
  }
  check "my col check" { expr = "\"my col\" <> ''" }
  row_security { enabled = true }
}

policy "odd policy" {
  on    = table["Odd Table"]
  using = "\"my col\" IS NOT NULL"
}
