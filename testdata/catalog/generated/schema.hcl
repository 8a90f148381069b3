# Stored generated columns, as the catalog renders their expressions.
schema "public" {}

table "order_lines" {
  schema = schema.public

  column "id" {
    type = bigint
  }
  column "qty" {
    type = integer
  }
  column "unit_price" {
    type = numeric(10, 2)
  }
  column "total" {
    type = numeric(12, 2)
    null = true
    as {
      expr = "(qty)::numeric * unit_price"
      type = STORED
    }
  }
  column "sku" {
    type = text
  }
  column "SKU key" {
    type = text
    as {
      expr = "lower(sku)"
      type = STORED
    }
  }

  primary_key {
    columns = [column.id]
  }

  index "order_lines_sku_key_idx" {
    columns = [column["SKU key"]]
  }

  check "order_lines_total_check" {
    expr = "total >= (0)::numeric"
  }
}

table "people" {
  schema = schema.public

  column "id" {
    type = integer
    identity {
      generated = ALWAYS
    }
  }
  column "first_name" {
    type = text
  }
  column "last_name" {
    type = text
  }
  column "full_name" {
    type = text
    null = true
    as {
      expr = "(first_name || ' '::text) || last_name"
      type = STORED
    }
  }
  column "search" {
    type = sql("tsvector")
    null = true
    as {
      expr = "to_tsvector('simple'::regconfig, ((first_name || ' '::text) || last_name))"
      type = STORED
    }
  }

  primary_key {
    columns = [column.id]
  }
}
