# want: 16:16 Invalid operator
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
    on {
      column = column.a
      op     = "=) WHERE true; DROP TABLE t; --"
    }
  }
}
