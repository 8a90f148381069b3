# want: 11:14 Virtual generated column
schema "public" {}

table "t" {
  schema = schema.public
  column "a" { type = integer }
  column "b" {
    type = integer
    as {
      expr = "a * 2"
      type = VIRTUAL
    }
  }
}
