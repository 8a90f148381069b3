# want: 10:19 Reference to undeclared column
schema "public" {}

table "t" {
  schema = schema.public
  column "id" { type = integer }
  grant {
    role       = "anon"
    privileges = [SELECT]
    columns    = [column.name]
  }
}
