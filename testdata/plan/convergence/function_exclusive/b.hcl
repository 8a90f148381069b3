schema "public" {
  exclusive = true
}

function "declared" {
  schema  = schema.public
  lang    = SQL
  return  = int
  comment = "The only function of the schema"
  as      = "SELECT 1"
}
