schema "public" {}

table "stock" {
  schema = schema.public
  column "id" { type = integer }
  column "qty" {
    type    = text
    default = "0"
  }
  column "sku" { type = varchar(20) }
  check "stock_qty_check" { expr = "qty <> ''" }
  index "idx_stock_sku" { columns = [column.sku] }
  index "idx_stock_sku_lower" {
    on { expr = "lower(sku)" }
  }
}
