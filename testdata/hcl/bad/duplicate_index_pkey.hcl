# want: 10:9 Duplicate name
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = integer
  }
  primary_key { columns = [column.id] }
  index "t_pkey" {
    columns = [column.id]
  }
}
