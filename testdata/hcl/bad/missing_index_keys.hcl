# want: 9:3 Missing index keys
schema "public" {}

table "t" {
  schema = schema.public
  column "n" {
    type = integer
  }
  index "t_n_idx" {
    unique = true
  }
}
