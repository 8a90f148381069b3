# want: 10:19 Reference to undeclared column
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = integer
  }
  index "t_idx" {
    on { column = column.name }
  }
}
