# want: 15:5 Invalid unique constraint
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
  unique "t_b_key" {
    columns            = [column.b]
    initially_deferred = true
  }
}
