schema "billing" {}

schema "public" {}

enum "plan" {
  schema = schema.billing
  values = ["free", "pro"]
}

domain "paid_plan" {
  schema = schema.billing
  type   = enum.plan
  null   = true
  check "paid_plan_check" {
    expr = "VALUE <> 'free'::billing.plan"
  }
}

domain "positive_amount" {
  schema  = schema.billing
  type    = numeric(12, 2)
  default = 0
  check "amount_bounded" {
    expr = "VALUE < (1000000)::numeric"
  }
  check "amount_nonnegative" {
    expr = "VALUE >= (0)::numeric"
  }
}

domain "Short Name" {
  schema = schema.public
  type   = varchar(20)
  null   = true
}

domain "c_code" {
  schema  = schema.public
  type    = varchar(8)
  null    = true
  collate = "C"
  check "c_code_check" {
    expr = "(VALUE)::text = upper((VALUE)::text)"
  }
}

domain "tags" {
  schema  = schema.public
  type    = sql("text[]")
  null    = true
  default = sql("'{}'::text[]")
}

domain "unused_domain" {
  schema = schema.public
  type   = integer
  null   = true
}

domain "us_postal_code" {
  schema  = schema.public
  type    = text
  null    = true
  comment = "A US ZIP or ZIP+4 code"
  check "postal_check" {
    expr = "(VALUE ~ '^\\d{5}$'::text) OR (VALUE ~ '^\\d{5}-\\d{4}$'::text)"
  }
}

table "codes" {
  schema = schema.billing

  column "code" {
    type = domain.c_code
  }
}

table "invoices" {
  schema = schema.billing

  column "id" {
    type = bigint
  }
  column "amount" {
    type = domain.positive_amount
  }
  column "plan" {
    type = domain.paid_plan
    null = true
  }
  column "ship_to" {
    type = domain.us_postal_code
    null = true
  }
}

table "addresses" {
  schema = schema.public

  column "id" {
    type = bigint
  }
  column "zip" {
    type = domain.us_postal_code
  }
  column "other_zips" {
    type = sql("\"public\".\"us_postal_code\"[]")
    null = true
  }
  column "label" {
    type    = domain["Short Name"]
    null    = true
    default = sql("'home'::character varying")
  }
  column "labels" {
    type = domain.tags
  }

  primary_key {
    columns = [column.id]
  }
}
