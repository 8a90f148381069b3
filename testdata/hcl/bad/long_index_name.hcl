# want: 9:9 Name too long
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = integer
  }
  index "an_index_name_that_is_much_longer_than_postgresql_allows_for_any_name" {
    columns = [column.id]
  }
}
