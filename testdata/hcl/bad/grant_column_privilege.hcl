# want: 9:19 Invalid privilege
schema "public" {}

table "t" {
  schema = schema.public
  column "id" { type = integer }
  grant {
    role       = "anon"
    privileges = [DELETE]
    columns    = [column.id]
  }
}
