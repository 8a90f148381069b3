# want: 10:18 Grant to an ignored role
schema "public" {
  ignore_grants_to = ["anon"]
}

table "t" {
  schema = schema.public
  column "id" { type = integer }
  grant {
    role       = "anon"
    privileges = [SELECT]
  }
}
