# want: 10:15 Invalid keyword
schema "public" {}

table "m" {
  schema = schema.public
  column "d" {
    type = date
  }
  partition {
    type    = RANGES
    columns = [column.d]
  }
}
