schema "public" {}

function "f" {
  schema = schema.public
  lang   = SQL
  return = int
  as     = "SELECT 'unterminated"
}
