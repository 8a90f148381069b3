# anon loses SELECT and gets INSERT; authenticated loses DELETE;
# service_role keeps its privileges without grant option (REVOKE GRANT
# OPTION FOR); the column grants move to other columns.
schema "public" {}

table "todos" {
  schema = schema.public
  column "id" { type = bigint }
  column "title" { type = text }
  column "owner" { type = text }
  primary_key { columns = [column.id] }
  grant {
    role       = "anon"
    privileges = [INSERT]
  }
  grant {
    role       = "authenticated"
    privileges = [SELECT, INSERT, UPDATE]
  }
  grant {
    role       = "service_role"
    privileges = [ALL]
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
    columns    = [column.name]
  }
  grant {
    role       = "authenticated"
    privileges = [SELECT, UPDATE]
    columns    = [column.internal, column.name]
  }
}
