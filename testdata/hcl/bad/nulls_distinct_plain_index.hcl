# want: 15:5 Invalid index
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
  index "t_b_idx" {
    columns        = [column.b]
    nulls_distinct = false
  }
}
