# want: 14:3 Invalid policy
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = integer
  }
  row_security { enabled = true }
}
policy "t_delete" {
  on    = table.t
  for   = DELETE
  check = "id > 0"
}
