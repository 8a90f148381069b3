# want: 9:27 Empty primary key
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = integer
  }
  primary_key { columns = [] }
}
