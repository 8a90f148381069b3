# want: 7:5 Invalid storage parameter
schema "public" {}

table "t" {
  schema = schema.public
  storage_parameters = {
    "fill factor" = 70
  }
  column "n" {
    type = integer
  }
}
