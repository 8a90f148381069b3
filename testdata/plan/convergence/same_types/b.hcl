schema "public" {}

table "typed" {
  schema = schema.public
  column "a" { type = sql("int4") }
  column "b" { type = sql("character varying(10)") }
  column "c" { type = numeric(10, 0) }
  column "d" { type = sql("bool") }
  column "e" { type = sql("timestamp with time zone") }
  column "f" { type = sql("float8") }
  column "g" { type = sql("int8") }
  column "h" { type = sql("int2") }
  column "i" { type = sql("character(3)") }
  column "j" { type = sql("int4[]") }
  column "k" { type = sql("timestamp without time zone") }
  column "l" { type = sql("float4") }
}
