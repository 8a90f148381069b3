schema "public" {}

table "events" {
  schema = schema.public

  column "id" {
    type = bigint
  }

  primary_key {
    columns = [column.id]
  }

  index "events_pkey" {
    columns = [column.id]
  }
  index "an_index_name_that_is_longer_than_the_sixty_three_bytes_postgresql_keeps" {
    columns = [column.id]
  }
}
