schema "public" {}

table "typed" {
  schema = schema.public
  column "a" { type = integer }
  column "b" { type = varchar(10) }
  column "c" { type = numeric(10) }
  column "d" { type = boolean }
  column "e" { type = timestamptz }
  column "f" { type = double_precision }
  column "g" { type = bigint }
  column "h" { type = smallint }
  column "i" { type = char(3) }
  column "j" { type = sql("integer[]") }
  column "k" { type = timestamp }
  column "l" { type = real }
}
