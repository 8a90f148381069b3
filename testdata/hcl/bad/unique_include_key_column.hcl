# want: 10:15 Included key column
schema "public" {}

table "t" {
  schema = schema.public
  column "a" { type = integer }
  column "b" { type = integer }
  unique "t_a_key" {
    columns = [column.a]
    include = [column.b, column.a]
  }
}
