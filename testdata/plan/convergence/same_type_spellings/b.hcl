schema "public" {}

table "spelled" {
  schema = schema.public
  column "a" { type = integer }
  column "b" { type = bigint }
  column "c" { type = smallint }
  column "d" { type = boolean }
  column "e" { type = real }
  column "f" { type = double_precision }
  column "g" { type = sql("real") }
  column "h" { type = numeric(10, 2) }
  column "i" { type = sql("numeric") }
  column "j" { type = varchar(30) }
  column "k" { type = sql("character varying") }
  column "l" { type = char(4) }
  column "m" { type = sql("character(1)") }
  column "n" { type = sql("timestamp(6) without time zone") }
  column "o" { type = sql("timestamp(3) with time zone") }
  column "p" { type = sql("time(2) with time zone") }
  column "q" { type = bit_varying(8) }
  column "r" { type = bit(1) }
  column "s" { type = sql("interval day to second(3)") }
  column "t" { type = sql("float8") }
}
