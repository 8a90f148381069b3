# Supabase's API roles, declared: anon reads, authenticated works on its
# rows (row-level security decides which), service_role does everything.
# pgcrypto stays in Supabase's extensions schema, which the project does
# not manage.
schema "public" {}

extension "pgcrypto" {
  schema = "extensions"
}

table "profiles" {
  schema = schema.public

  column "id" {
    type    = uuid
    default = sql("gen_random_uuid()")
  }
  column "username" {
    type = text
  }

  primary_key {
    columns = [column.id]
  }

  grant {
    role       = "anon"
    privileges = [SELECT]
  }
  grant {
    role       = "authenticated"
    privileges = [SELECT, INSERT, UPDATE, DELETE]
  }
  grant {
    role       = "service_role"
    privileges = [ALL]
  }

  row_security {
    enabled = true
  }
}
