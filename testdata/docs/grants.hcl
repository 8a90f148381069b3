# Grants: Supabase's API roles on a table with row-level security, a
# column grant that keeps a column out of reach, PUBLIC, and a grant that
# may be passed on.
schema "public" {}

table "todos" {
  schema = schema.public

  column "id" {
    type = bigint
  }
  column "owner" {
    type = uuid
  }
  column "title" {
    type = text
  }
  column "internal_note" {
    type = text
    null = true
  }

  primary_key {
    columns = [column.id]
  }

  grant {
    role       = "anon"
    privileges = [SELECT]
    columns    = [column.id, column.title]
  }
  grant {
    role       = "authenticated"
    privileges = [SELECT, INSERT, UPDATE, DELETE]
  }
  grant {
    role         = "service_role"
    privileges   = [ALL]
    grant_option = true
  }
  grant {
    role       = PUBLIC
    privileges = [REFERENCES]
    columns    = [column.id]
  }

  row_security {
    enabled = true
  }
}
