schema "public" {}

table "bags" {
  schema = schema.public
  column "id" { type = integer }
  column "nums" { type = sql("integer[]") }
  column "tag" { type = sql("text[]") }
  column "labels" { type = sql("text[]") }
  column "first" { type = integer }
  column "small" { type = sql("bigint[]") }
}
