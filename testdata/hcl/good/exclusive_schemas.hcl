# An exclusive schema beside a shared one, comments everywhere, lifecycle,
# unique constraints and checks.
schema "app" {
  exclusive = true
}

schema "public" {
  comment = "Shared with other teams"
}

table "products" {
  schema  = schema.app
  comment = "The catalogue"

  column "id" {
    type    = uuid
    default = sql("gen_random_uuid()")
    comment = "Surrogate key"
  }
  column "sku" {
    type = varchar(32)
  }
  column "price" {
    type = numeric(12, 2)
  }

  primary_key {
    columns = [column.id]
  }

  unique "products_sku_key" {
    columns = [column.sku]
  }

  check "products_price_check" {
    expr = "price >= 0"
  }

  lifecycle {
    prevent_destroy = true
  }
}

table "audit" {
  schema = schema.public

  column "at" {
    type = timestamptz
  }

  lifecycle {
    prevent_destroy = false
  }
}
