# want: 13:9 Invalid keyword
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = integer
  }
  row_security { enabled = true }
}
policy "t_all" {
  on  = table.t
  for = SELEKT
}
