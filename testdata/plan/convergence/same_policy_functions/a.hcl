schema "public" {}

table "profiles" {
  schema = schema.public
  column "id" { type = uuid }
  column "team" { type = text }
  check "profiles_id_check" { expr = "id IS NOT NULL" }
  row_security { enabled = true }
}

policy "profiles_self" {
  on    = table.profiles
  to    = ["authenticated"]
  using = "auth.uid() = id"
  check = "auth.uid() = id"
}

policy "profiles_wrapped" {
  on    = table.profiles
  for   = SELECT
  to    = ["authenticated"]
  using = "(select auth.uid()) = id OR is_admin()"
}

policy "profiles_team" {
  on    = table.profiles
  for   = UPDATE
  to    = ["authenticated"]
  using = "team IN ('red', 'blue')"
}
