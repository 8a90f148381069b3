# want: 4:7 Name too long
schema "public" {}

table "a_table_name_that_is_much_longer_than_postgresql_allows_for_any_name" {
  schema = schema.public
  column "id" {
    type = integer
  }
}
