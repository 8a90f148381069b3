schema "public" {}

table "docs" {
  schema = schema.public
  column "id" { type = integer }
  column "owner" { type = text }
  column "public" { type = boolean }
  row_security { enabled = true }
}

policy "docs_roles" {
  on    = table.docs
  for   = SELECT
  to    = ["anon", "authenticated", "service_role"]
  using = "public"
}

policy "docs_using" {
  on    = table.docs
  for   = UPDATE
  to    = ["authenticated"]
  using = "owner = current_user OR public"
  check = "owner = current_user"
}

policy "docs_check" {
  on    = table.docs
  for   = INSERT
  to    = ["authenticated"]
  check = "owner = current_user AND NOT public"
}

policy "docs_public" {
  on    = table.docs
  to    = ["authenticated"]
  using = "public"
  check = "public"
}
