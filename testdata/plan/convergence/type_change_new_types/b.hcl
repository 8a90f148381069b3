# Text and integers become the built-in types that parse them: converted
# with USING, a rewrite, and values that do not parse would fail.
schema "public" {}

table "things" {
  schema = schema.public
  column "id" { type = integer }
  column "doc" { type = tsvector }
  column "mac" { type = macaddr }
  column "span" { type = int4range }
  column "price" { type = money }
  column "spot" { type = point }
}
