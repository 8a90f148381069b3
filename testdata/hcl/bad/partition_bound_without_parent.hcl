# want: 9:3 Partition bound without partition_of
schema "public" {}

table "m" {
  schema = schema.public
  column "d" {
    type = date
  }
  for_values = "IN (1)"
}
