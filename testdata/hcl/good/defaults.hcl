# Defaults: string, number and bool literals, and sql().
schema "public" {}

table "settings" {
  schema = schema.public

  column "name" {
    type    = text
    default = "it's"
  }
  column "path" {
    type    = text
    default = "C:\\temp"
  }
  column "empty" {
    type    = text
    default = ""
  }
  column "retries" {
    type    = integer
    default = 3
  }
  column "offset" {
    type    = integer
    default = -1
  }
  column "ratio" {
    type    = numeric(5, 2)
    default = 1.5
  }
  column "enabled" {
    type    = boolean
    default = true
  }
  column "disabled" {
    type    = boolean
    default = false
  }
  column "created_at" {
    type    = timestamptz
    default = sql("now()")
  }
  column "tags" {
    type    = sql("text[]")
    default = sql("'{}'::text[]")
  }
}
