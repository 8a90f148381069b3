# want: 13:3 Missing exclusion elements
schema "public" {}

table "t" {
  schema = schema.public
  column "a" {
    type = integer
  }
  column "b" {
    type = text
    null = true
  }
  exclude "t_x" {
    type = GIST
  }
}
