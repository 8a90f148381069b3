# want: 16:9 Duplicate name
schema "public" {}

table "accounts" {
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
  index "accounts" {
    columns = [column.id]
  }
}
