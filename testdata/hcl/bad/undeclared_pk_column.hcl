# want: 9:28 Reference to undeclared column
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = integer
  }
  primary_key { columns = [column.idd] }
}
