# want-warning: 7:5 Unknown storage parameter
schema "public" {}

table "t" {
  schema = schema.public
  storage_parameters = {
    fillfactr = 70
  }
  column "n" {
    type = integer
  }
}
