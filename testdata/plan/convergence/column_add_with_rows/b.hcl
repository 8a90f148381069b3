schema "public" {}

enum "role" {
  schema = schema.public
  values = ["member", "admin"]
}

table "users" {
  schema = schema.public
  column "id" { type = integer }
  column "name" {
    type    = text
    default = "anonymous"
  }
  column "role" {
    type    = enum.role
    default = "member"
  }
  column "created_at" {
    type    = timestamptz
    default = sql("now()")
  }
  column "bio" {
    type = text
    null = true
  }
  column "n" {
    type = bigint
    identity { generated = BY_DEFAULT }
  }
  column "flags" {
    type    = sql("text[]")
    default = sql("'{}'::text[]")
  }
}
