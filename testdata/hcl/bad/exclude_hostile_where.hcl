# want: 15:13 Invalid SQL expression
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
    type  = GIST
    where = "true); DROP TABLE t; --"
    on {
      column = column.a
      op     = "="
    }
  }
}
