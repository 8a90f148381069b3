schema "public" {}

table "bags" {
  schema = schema.public
  column "id" { type = integer }
  column "nums" { type = sql("text[]") }
  column "tag" { type = text }
  column "labels" { type = sql("varchar(10)[]") }
  column "first" { type = sql("int[]") }
  column "small" { type = sql("int[]") }
}
