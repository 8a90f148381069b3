# want: 8:18 Invalid role
schema "public" {}

table "t" {
  schema = schema.public
  column "id" { type = integer }
  grant {
    role       = anon
    privileges = [SELECT]
  }
}
