# want: 7:18 Incorrect attribute value type
schema "public" {}

table "t" {
  schema = schema.public
  storage_parameters = {
    fillfactor = [70]
  }
  column "n" {
    type = integer
  }
}
