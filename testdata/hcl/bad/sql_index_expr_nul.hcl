# want: 8:17 Invalid character
schema "public" {}

table "t" {
  schema = schema.public
  column "a" { type = integer }
  index "t_a" {
    on { expr = "true\u0000" }
  }
}
