# want: 9:10 Duplicate column
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = integer
  }
  column "id" {
    type = bigint
  }
}
