# want: 10:16 Invalid character
schema "public" {}

table "t" {
  schema = schema.public
  column "a" { type = text }
  index "t_a" {
    on {
      column = column.a
      ops    = "true\u0000"
    }
  }
}
