# Extensions: pgcrypto and citext in a schema of their own, hstore pinned
# to a version; a table whose column has citext's type and whose defaults
# call pgcrypto's functions.
schema "public" {}

schema "extensions" {}

extension "citext" {
  schema = schema.extensions
}

extension "hstore" {
  schema  = schema.public
  version = "1.8"
}

extension "pgcrypto" {
  schema = schema.extensions
}

table "accounts" {
  schema = schema.public

  column "id" {
    type    = uuid
    default = sql("gen_random_uuid()")
  }
  column "email" {
    type = sql("extensions.citext")
  }
  column "password_hash" {
    type    = text
    default = sql("extensions.crypt('', extensions.gen_salt('bf'))")
  }
  column "settings" {
    type = sql("hstore")
    null = true
  }

  primary_key {
    columns = [column.id]
  }
}
