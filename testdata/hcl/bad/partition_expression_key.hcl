# want: 12:7 Unsupported partition key
schema "public" {}

table "m" {
  schema = schema.public
  column "d" {
    type = date
  }
  partition {
    type = RANGE
    by {
      expr = "date_part('year', d)"
    }
  }
}
