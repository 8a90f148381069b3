schema "public" {}

enum "app_role" {
  schema = schema.public
  values = ["admin", "member"]
}

table "documents" {
  schema = schema.public
  column "id" { type = int }
  column "role" { type = enum.app_role }
  column "level" {
    type    = int
    default = sql("clamp_level(3)")
  }
  primary_key { columns = [column.id] }
  check "documents_level_check" { expr = "level <= clamp_level(10)" }
  row_security { enabled = true }
}

# A function whose argument is a managed enum, called from a policy.
function "role_allowed" {
  schema = schema.public
  lang   = SQL
  arg "r" { type = sql("text") }
  arg "strict_mode" {
    type    = boolean
    default = false
  }
  return     = boolean
  volatility = STABLE
  as         = "SELECT r = 'admin' OR NOT strict_mode"
}

# Called from a default and a check.
function "clamp_level" {
  schema     = schema.public
  lang       = PLpgSQL
  arg "v" { type = bigint }
  return     = int
  volatility = IMMUTABLE
  strict     = true
  comment    = "Levels run from 0 to 5"
  as         = <<-SQL
    BEGIN
      RETURN least(greatest(v, 0), 5);
    END
  SQL
}

policy "documents_by_role" {
  on    = table.documents
  for   = SELECT
  to    = ["PUBLIC"]
  using = "role_allowed(role::text)"
}
