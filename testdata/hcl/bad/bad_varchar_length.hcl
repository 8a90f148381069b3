# want: 7:20 Invalid number
schema "public" {}

table "t" {
  schema = schema.public
  column "name" {
    type = varchar(0)
  }
}
