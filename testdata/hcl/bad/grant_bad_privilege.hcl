# want: 9:35 Invalid privilege
schema "public" {}

table "t" {
  schema = schema.public
  column "id" { type = integer }
  grant {
    role       = "anon"
    privileges = [SELECT, INSERT, SELCT]
  }
}
