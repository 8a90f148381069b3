# want: 8:17 Invalid SQL expression
schema "public" {}

table "t" {
  schema = schema.public
  column "a" { type = integer }
  index "t_a" {
    on { expr = "a > 0)" }
  }
}
