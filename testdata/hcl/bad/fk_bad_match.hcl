# want: 19:19 Invalid keyword
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
  }
  foreign_key "t_self" {
    columns     = [column.a]
    ref_columns = [column.a]
    match       = PARTIAL
  }
}
