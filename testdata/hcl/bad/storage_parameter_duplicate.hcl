# want: 8:5 Duplicate storage parameter
schema "public" {}

table "t" {
  schema = schema.public
  storage_parameters = {
    fillfactor = 70
    fillfactor = 80
  }
  column "n" {
    type = integer
  }
}
