# want: 6:24 Invalid expression
schema "public" {}

table "t" {
  schema = schema.public
  column "id" { type = }
}
