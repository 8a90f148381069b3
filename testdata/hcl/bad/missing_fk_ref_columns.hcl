# want: 9:3 Missing required argument
schema "public" {}

table "t" {
  schema = schema.public
  column "n" {
    type = integer
  }
  foreign_key "t_n_fkey" {
    columns = [column.n]
  }
}
