# want: 14:3 Invalid policy
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = integer
  }
  row_security { enabled = true }
}
policy "t_insert" {
  on    = table.t
  for   = INSERT
  using = "true"
}
