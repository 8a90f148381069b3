# want: 14:11 Invalid character
schema "public" {}

table "t" {
  schema = schema.public
  column "a" { type = integer }
  row_security { enabled = true }
}

policy "p" {
  on    = table.t
  for   = ALL
  to    = ["anon"]
  using = "true\u0000"
}
