schema "public" {}

enum "tier" {
  schema = schema.public
  values = ["free", "pro"]
}

table "settings" {
  schema = schema.public
  column "id" { type = integer }
  column "name" {
    type    = text
    default = sql("'x'::text")
  }
  column "count" {
    type    = integer
    default = sql("0")
  }
  column "big" {
    type    = bigint
    default = sql("'-5'::integer")
  }
  column "ratio" {
    type    = numeric(5, 2)
    default = sql("1.5")
  }
  column "on" {
    type    = boolean
    default = sql("'t'")
  }
  column "off" {
    type    = boolean
    default = sql("'false'::boolean")
  }
  column "at" {
    type    = timestamptz
    default = sql("CURRENT_TIMESTAMP")
  }
  column "day" {
    type    = date
    default = sql("current_date")
  }
  column "tier" {
    type    = enum.tier
    default = sql("'free'::tier")
  }
  column "label" {
    type    = varchar(20)
    default = sql("'none'::character varying")
  }
  column "doc" {
    type    = jsonb
    default = sql("'{}'::jsonb")
  }
  column "tags" {
    type    = sql("text[]")
    default = sql("'{}'::text[]")
  }
}
