# Grants on an existing table and on a new one (after its CREATE).
schema "public" {}

table "todos" {
  schema = schema.public
  column "id" { type = bigint }
  column "title" { type = text }
  column "owner" { type = text }
  primary_key { columns = [column.id] }
  grant {
    role       = "anon"
    privileges = [SELECT]
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
}

table "labels" {
  schema = schema.public
  column "id" { type = bigint }
  column "name" { type = text }
  column "internal" {
    type = text
    null = true
  }
  grant {
    role       = PUBLIC
    privileges = [SELECT]
    columns    = [column.id, column.name]
  }
  grant {
    role       = "authenticated"
    privileges = [SELECT, UPDATE]
    columns    = [column.name]
  }
}
