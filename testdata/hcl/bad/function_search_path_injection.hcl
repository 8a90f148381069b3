# want: 8:17 Invalid search_path
schema "public" {}

function "f" {
  schema      = schema.public
  lang        = SQL
  return      = int
  search_path = "public; DROP TABLE x"
  as          = "SELECT 1"
}
