schema "public" {}

table "service_health_checks" {
  schema = schema.public
  column "id" { type = bigint }
  column "status" {
    type    = text
    default = sql("'active'::text")
  }
  column "latency_ms" {
    type = integer
    null = true
  }
  column "min_v" {
    type = integer
    null = true
  }
  column "max_v" {
    type = integer
    null = true
  }
  column "email" {
    type = text
    null = true
  }
  column "price" {
    type = numeric(12, 2)
    null = true
  }
  primary_key { columns = [column.id] }
  check "latency_positive" { expr = "latency_ms >= 0" }
  check "status_in" { expr = "status = ANY (ARRAY['active'::text, 'acknowledged'::text, 'resolved'::text])" }
  check "range_ok" { expr = "(min_v > 0) AND (max_v > 0)" }
  check "ordered" { expr = "(min_v <= max_v) OR (max_v IS NULL)" }
  check "email_shape" { expr = "(email ~* '^[^@]+@[^@]+$'::text) AND (length(email) < 255)" }
  check "price_nonneg" { expr = "price >= (0)::numeric" }
  check "paren_literal" { expr = "status <> ')('::text" }
}

table "checks_col" {
  schema = schema.public
  column "n" {
    type = integer
    null = true
  }
  check "checks_col_n_check" { expr = "(n >= 1) AND (n <= 10)" }
}
