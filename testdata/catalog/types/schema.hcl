schema "public" {}

table "every_type" {
  schema = schema.public
  column "a_smallint" { type = smallint }
  column "an_integer" { type = integer }
  column "a_bigint" { type = bigint }
  column "a_boolean" { type = boolean }
  column "a_text" { type = text }
  column "a_uuid" { type = uuid }
  column "a_jsonb" { type = jsonb }
  column "a_json" { type = json }
  column "a_bytea" { type = bytea }
  column "a_date" { type = date }
  column "a_timestamp" { type = timestamp }
  column "a_timestamptz" { type = timestamptz }
  column "a_time" { type = time }
  column "an_interval" { type = interval }
  column "a_real" { type = real }
  column "a_double" { type = double_precision }
  column "an_inet" { type = inet }
  column "a_cidr" { type = cidr }
  column "a_varchar" { type = varchar(500) }
  column "a_char" { type = char(2) }
  column "a_numeric" { type = numeric(12, 2) }
  column "a_bare_numeric" {
    type = numeric
    null = true
  }
  column "a_timestamptz3" {
    type = timestamptz(3)
    null = true
  }
  column "a_text_array" {
    type = sql("text[]")
    null = true
  }
  column "an_int_matrix" {
    type = sql("integer[]")
    null = true
  }
  column "a_varchar_array" {
    type = sql("character varying(20)[]")
    null = true
  }
  column "a_timetz" {
    type = timetz
    null = true
  }
  column "a_macaddr" {
    type = macaddr
    null = true
  }
  column "a_tsvector" {
    type = tsvector
    null = true
  }
  column "a_range" {
    type = tstzrange
    null = true
  }
  column "a_bit" {
    type = bit(8)
    null = true
  }
  column "a_money" {
    type = money
    null = true
  }
}
