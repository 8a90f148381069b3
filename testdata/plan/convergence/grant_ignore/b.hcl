# A new table gets the default privileges of Supabase's API roles, and
# neither it nor the existing one loses them: grants to those roles are
# ignored. PUBLIC's are still managed.
schema "public" {
  ignore_grants_to = ["anon", "authenticated", "service_role"]
}

table "todos" {
  schema = schema.public
  column "id" { type = bigint }
  primary_key { columns = [column.id] }
}

table "notes" {
  schema = schema.public
  column "id" { type = bigint }
  grant {
    role       = PUBLIC
    privileges = [SELECT]
  }
}
