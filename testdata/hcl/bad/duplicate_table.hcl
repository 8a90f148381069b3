# want: 11:7 Duplicate table
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = integer
  }
}

table "t" {
  schema = schema.public
  column "id" {
    type = integer
  }
}
