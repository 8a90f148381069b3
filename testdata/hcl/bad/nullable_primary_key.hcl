# want: 10:27 Nullable primary key column
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = integer
    null = true
  }
  primary_key { columns = [column.id] }
}
