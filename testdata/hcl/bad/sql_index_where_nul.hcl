# want: 9:15 Invalid character
schema "public" {}

table "t" {
  schema = schema.public
  column "a" { type = integer }
  index "t_a" {
    columns = [column.a]
    where   = "true\u0000"
  }
}
