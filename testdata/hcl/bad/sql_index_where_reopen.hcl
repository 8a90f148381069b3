# want: 9:15 Invalid SQL expression
schema "public" {}

table "t" {
  schema = schema.public
  column "a" { type = integer }
  index "t_a" {
    columns = [column.a]
    where   = "true)) ; DROP TABLE victim; SELECT ((1"
  }
}
