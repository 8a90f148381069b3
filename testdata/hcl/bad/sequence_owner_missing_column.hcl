# want: 6:12 Reference to undeclared column
schema "public" {}

sequence "s" {
  schema = schema.public
  owner  = table.t.column.nope
}

table "t" {
  schema = schema.public
  column "id" { type = bigint }
}
