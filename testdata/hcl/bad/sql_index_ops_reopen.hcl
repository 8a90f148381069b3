# want: 10:16 Invalid operator class
schema "public" {}

table "t" {
  schema = schema.public
  column "a" { type = text }
  index "t_a" {
    on {
      column = column.a
      ops    = "true)) ; DROP TABLE victim; SELECT ((1"
    }
  }
}
