schema "public" {
  exclusive = true
}

function "declared" {
  schema = schema.public
  lang   = SQL
  return = int
  as     = "SELECT 1"
}
