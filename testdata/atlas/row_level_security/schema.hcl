# Written from Atlas's documented PostgreSQL row-level security: a
# row_security block with enabled and enforced (FORCE ROW LEVEL
# SECURITY), and policies whose to lists PUBLIC bare.
schema "public" {}

table "employees" {
  schema = schema.public
  column "id" {
    null = false
    type = integer
  }
  column "employee_role" {
    null = false
    type = text
  }
  primary_key {
    columns = [column.id]
  }
  row_security {
    enabled  = true
    enforced = true
  }
}

policy "employee_policy" {
  on    = table.employees
  for   = SELECT
  to    = [PUBLIC]
  using = "(current_user = employee_role)"
}

policy "employee_update" {
  on    = table.employees
  for   = UPDATE
  as    = RESTRICTIVE
  to    = [PUBLIC]
  using = "(current_user = employee_role)"
  check = "(current_user = employee_role)"
}
