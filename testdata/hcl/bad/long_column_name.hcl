# want: 6:10 Name too long
schema "public" {}

table "t" {
  schema = schema.public
  column "a_column_name_that_is_much_longer_than_postgresql_allows_for_any_name" {
    type = integer
  }
}
