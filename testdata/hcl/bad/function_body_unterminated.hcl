# want: 8:12 Invalid body
schema "public" {}

function "f" {
  schema = schema.public
  lang   = SQL
  return = int
  as     = "SELECT 'unterminated"
}
