# want: 9:3 Missing required argument
schema "public" {}

table "t" {
  schema = schema.public
  column "n" {
    type = integer
  }
  check "t_n_check" {}
}
