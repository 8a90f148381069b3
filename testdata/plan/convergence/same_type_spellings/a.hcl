# Atlas's spellings of built-in types; b.hcl respells each canonically.
schema "public" {}

table "spelled" {
  schema = schema.public
  column "a" { type = int }
  column "b" { type = int8 }
  column "c" { type = int2 }
  column "d" { type = bool }
  column "e" { type = float4 }
  column "f" { type = float8 }
  column "g" { type = float(10) }
  column "h" { type = decimal(10, 2) }
  column "i" { type = decimal }
  column "j" { type = character_varying(30) }
  column "k" { type = character_varying }
  column "l" { type = character(4) }
  column "m" { type = char }
  column "n" { type = timestamp(6) }
  column "o" { type = timestamptz(3) }
  column "p" { type = timetz(2) }
  column "q" { type = varbit(8) }
  column "r" { type = bit }
  column "s" { type = day_to_second(3) }
  column "t" { type = float(53) }
}
