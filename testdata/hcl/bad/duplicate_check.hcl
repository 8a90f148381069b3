# want: 12:9 Duplicate name
schema "public" {}

table "t" {
  schema = schema.public
  column "n" {
    type = integer
  }
  check "t_n_check" {
    expr = "n > 0"
  }
  check "t_n_check" {
    expr = "n < 100"
  }
}
