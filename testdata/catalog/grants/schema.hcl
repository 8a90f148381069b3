# testdata/catalog/grants/schema.sql as inspect writes it, but for ALL.
schema "public" {}

table "audit" {
  schema = schema.public

  column "id" {
    type = bigint
  }
  column "happened_at" {
    type    = timestamptz
    default = sql("now()")
  }

  grant {
    role       = "authenticated"
    privileges = [INSERT]
  }
  grant {
    role       = "service_role"
    privileges = [TRUNCATE, TRIGGER]
  }
}

table "notes" {
  schema = schema.public

  column "id" {
    type = bigint
  }
  column "author" {
    type = text
  }
  column "body" {
    type = text
  }
  column "secret" {
    type = text
    null = true
  }

  primary_key {
    columns = [column.id]
  }

  grant {
    role       = PUBLIC
    privileges = [SELECT]
    columns    = [column.author, column.id]
  }
  grant {
    role       = PUBLIC
    privileges = [UPDATE]
    columns    = [column.body]
  }
  grant {
    role       = "anon"
    privileges = [SELECT]
  }
  grant {
    role         = "anon"
    privileges   = [REFERENCES]
    columns      = [column.id]
    grant_option = true
  }
  grant {
    role       = "authenticated"
    privileges = [SELECT, INSERT, UPDATE, DELETE]
  }
  grant {
    role         = "service_role"
    privileges   = [ALL] # PostgreSQL 15: SELECT through TRIGGER
    grant_option = true
  }
}

table "private" {
  schema = schema.public

  column "id" {
    type = integer
  }
}
