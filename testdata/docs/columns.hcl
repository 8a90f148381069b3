# Columns: nullability, every kind of default, identity and comments.
schema "public" {}

table "accounts" {
  schema = schema.public

  column "id" {
    type    = bigint
    comment = "Numbered by PostgreSQL"
    identity {
      generated = ALWAYS
    }
  }
  column "legacy_number" {
    type = integer
    identity {
      generated = BY_DEFAULT
      start     = 1000
      increment = 10
    }
  }
  column "email" {
    type = text
  }
  column "nickname" {
    type = text
    null = true
  }
  column "plan" {
    type    = text
    default = "free"
  }
  column "motto" {
    type    = text
    default = "it's C:\\ all the way"
  }
  column "credits" {
    type    = integer
    default = -1
  }
  column "ratio" {
    type    = numeric(5, 2)
    default = 1.5
  }
  column "active" {
    type    = boolean
    default = true
  }
  column "created_at" {
    type    = timestamptz
    default = sql("now()")
  }
  column "tags" {
    type    = sql("text[]")
    default = sql("'{}'::text[]")
  }

  primary_key {
    columns = [column.id]
  }
}
