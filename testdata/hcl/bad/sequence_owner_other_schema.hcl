# want: 7:12 Invalid sequence owner
schema "public" {}
schema "other" {}

sequence "s" {
  schema = schema.public
  owner  = table.t.column.id
}

table "t" {
  schema = schema.other
  column "id" { type = bigint }
}
