# want: 12:5 Conflicting arguments
schema "public" {}

table "t" {
  schema = schema.public
  column "n" {
    type = integer
  }
  row_security {
    enabled  = true
    forced   = true
    enforced = true
  }
}
