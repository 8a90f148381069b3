# want: 17:8 Duplicate policy
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = integer
  }
  row_security { enabled = true }
}

policy "t_read" {
  on    = table.t
  for   = SELECT
  using = "true"
}
policy "t_read" {
  on    = table.t
  for   = SELECT
  using = "false"
}
