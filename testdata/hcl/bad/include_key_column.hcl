# want: 15:15 Included key column
schema "public" {}

table "t" {
  schema = schema.public
  column "a" {
    type = integer
  }
  column "b" {
    type = text
    null = true
  }
  primary_key {
    columns = [column.a]
    include = [column.a]
  }
}
