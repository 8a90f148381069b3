# want: 10:5 Generated column with a default
schema "public" {}

table "t" {
  schema = schema.public
  column "a" { type = integer }
  column "b" {
    type    = integer
    default = 1
    as {
      expr = "a * 2"
    }
  }
}
