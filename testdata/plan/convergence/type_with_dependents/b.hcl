schema "public" {}

table "stock" {
  schema = schema.public
  column "id" { type = integer }
  column "qty" {
    type    = integer
    default = 0
  }
  column "sku" { type = text }
  check "stock_qty_check" { expr = "qty >= 0" }
  index "idx_stock_sku" { columns = [column.sku] }
  index "idx_stock_sku_lower" {
    on { expr = "lower(sku)" }
  }
}
