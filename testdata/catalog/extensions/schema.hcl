# testdata/catalog/extensions/schema.sql as inspect writes it.
schema "extensions" {}

schema "public" {}

extension "citext" {
  schema  = schema.extensions
  version = "1.6"
}

extension "hstore" {
  schema  = schema.public
  version = "1.7"
}

extension "pgcrypto" {
  schema  = schema.extensions
  version = "1.3"
}

table "accounts" {
  schema = schema.public

  column "id" {
    type    = uuid
    default = sql("extensions.gen_random_uuid()")
  }
  column "email" {
    type = sql("extensions.citext")
  }
  column "salt" {
    type    = bytea
    default = sql("extensions.gen_random_bytes(16)")
  }
  column "password_hash" {
    type    = text
    default = sql("extensions.crypt(''::text, extensions.gen_salt('bf'::text))")
  }
  column "attributes" {
    type = hstore
    null = true
  }

  primary_key {
    columns = [column.id]
  }

  index "accounts_email_key" {
    unique  = true
    columns = [column.email]
  }
}
