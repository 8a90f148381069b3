# want: 14:3 Invalid policy
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = integer
  }
  row_security { enabled = true }
}
policy "t_select" {
  on    = table.t
  for   = SELECT
  check = "true"
}
