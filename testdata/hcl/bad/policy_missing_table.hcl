# want: 12:9 Reference to undeclared table
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = integer
  }
  row_security { enabled = true }
}
policy "t_all" {
  on  = table.tt
  for = ALL
}
