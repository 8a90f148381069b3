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
    default = "x"
  }
  column "count" {
    type    = integer
    default = 0
  }
  column "big" {
    type    = bigint
    default = -5
  }
  column "ratio" {
    type    = numeric(5, 2)
    default = 1.5
  }
  column "on" {
    type    = boolean
    default = true
  }
  column "off" {
    type    = boolean
    default = false
  }
  column "at" {
    type    = timestamptz
    default = sql("now()")
  }
  column "day" {
    type    = date
    default = sql("CURRENT_DATE")
  }
  column "tier" {
    type    = enum.tier
    default = "free"
  }
  column "label" {
    type    = varchar(20)
    default = "none"
  }
  column "doc" {
    type    = jsonb
    default = "{}"
  }
  column "tags" {
    type    = sql("text[]")
    default = sql("'{}'")
  }
}
