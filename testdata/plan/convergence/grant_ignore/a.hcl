schema "public" {
  ignore_grants_to = ["anon", "authenticated", "service_role"]
}

table "todos" {
  schema = schema.public
  column "id" { type = bigint }
  primary_key { columns = [column.id] }
}
