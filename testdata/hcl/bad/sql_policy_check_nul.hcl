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
  check = "true\u0000"
}
