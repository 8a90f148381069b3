# Written from Atlas's documented PostgreSQL column types (its type
# registry's spellings): integer and float aliases, decimal, sized and
# bare character types, time types with precision, interval with fields,
# and the built-in types that are keywords in Atlas (network, bit, text
# search, range and multirange, geometric, xml, money, oid).
schema "public" {
}

table "atlas_types" {
  schema = schema.public
  column "id" {
    null = false
    type = int
  }
  column "c_int" {
    null = true
    type = int
  }
  column "c_int2" {
    null = true
    type = int2
  }
  column "c_int4" {
    null = true
    type = int4
  }
  column "c_int8" {
    null = true
    type = int8
  }
  column "c_smallint" {
    null = true
    type = smallint
  }
  column "c_integer" {
    null = true
    type = integer
  }
  column "c_bigint" {
    null = true
    type = bigint
  }
  column "c_bool" {
    null = true
    type = bool
  }
  column "c_boolean" {
    null = true
    type = boolean
  }
  column "c_real" {
    null = true
    type = real
  }
  column "c_float4" {
    null = true
    type = float4
  }
  column "c_float8" {
    null = true
    type = float8
  }
  column "c_double" {
    null = true
    type = double_precision
  }
  column "c_float" {
    null = true
    type = float
  }
  column "c_float10" {
    null = true
    type = float(10)
  }
  column "c_float40" {
    null = true
    type = float(40)
  }
  column "c_decimal" {
    null = true
    type = decimal
  }
  column "c_decimal_ps" {
    null = true
    type = decimal(10, 2)
  }
  column "c_numeric" {
    null = true
    type = numeric
  }
  column "c_numeric_p" {
    null = true
    type = numeric(8)
  }
  column "c_numeric_ps" {
    null = true
    type = numeric(12, 4)
  }
  column "c_varchar" {
    null = true
    type = varchar
  }
  column "c_varchar_n" {
    null = true
    type = varchar(255)
  }
  column "c_charvar" {
    null = true
    type = character_varying
  }
  column "c_charvar_n" {
    null = true
    type = character_varying(40)
  }
  column "c_char" {
    null = true
    type = char
  }
  column "c_char_n" {
    null = true
    type = char(10)
  }
  column "c_character" {
    null = true
    type = character(5)
  }
  column "c_bpchar" {
    null = true
    type = bpchar
  }
  column "c_text" {
    null = true
    type = text
  }
  column "c_timestamp" {
    null = true
    type = timestamp
  }
  column "c_timestamp6" {
    null = true
    type = timestamp(6)
  }
  column "c_timestamptz" {
    null = true
    type = timestamptz
  }
  column "c_timestamptz3" {
    null = true
    type = timestamptz(3)
  }
  column "c_time" {
    null = true
    type = time
  }
  column "c_time3" {
    null = true
    type = time(3)
  }
  column "c_timetz" {
    null = true
    type = timetz
  }
  column "c_timetz2" {
    null = true
    type = timetz(2)
  }
  column "c_date" {
    null = true
    type = date
  }
  column "c_interval" {
    null = true
    type = interval
  }
  column "c_interval2" {
    null = true
    type = interval(2)
  }
  column "c_interval_year" {
    null = true
    type = year
  }
  column "c_interval_ym" {
    null = true
    type = year_to_month
  }
  column "c_interval_ds" {
    null = true
    type = day_to_second(3)
  }
  column "c_interval_second" {
    null = true
    type = second
  }
  column "c_uuid" {
    null = true
    type = uuid
  }
  column "c_json" {
    null = true
    type = json
  }
  column "c_jsonb" {
    null = true
    type = jsonb
  }
  column "c_bytea" {
    null = true
    type = bytea
  }
  column "c_xml" {
    null = true
    type = xml
  }
  column "c_money" {
    null = true
    type = money
  }
  column "c_inet" {
    null = true
    type = inet
  }
  column "c_cidr" {
    null = true
    type = cidr
  }
  column "c_macaddr" {
    null = true
    type = macaddr
  }
  column "c_macaddr8" {
    null = true
    type = macaddr8
  }
  column "c_bit" {
    null = true
    type = bit
  }
  column "c_bit8" {
    null = true
    type = bit(8)
  }
  column "c_varbit" {
    null = true
    type = varbit
  }
  column "c_bit_varying" {
    null = true
    type = bit_varying(16)
  }
  column "c_tsvector" {
    null = true
    type = tsvector
  }
  column "c_tsquery" {
    null = true
    type = tsquery
  }
  column "c_int4range" {
    null = true
    type = int4range
  }
  column "c_int8range" {
    null = true
    type = int8range
  }
  column "c_numrange" {
    null = true
    type = numrange
  }
  column "c_tsrange" {
    null = true
    type = tsrange
  }
  column "c_tstzrange" {
    null = true
    type = tstzrange
  }
  column "c_daterange" {
    null = true
    type = daterange
  }
  column "c_int4multirange" {
    null = true
    type = int4multirange
  }
  column "c_int8multirange" {
    null = true
    type = int8multirange
  }
  column "c_nummultirange" {
    null = true
    type = nummultirange
  }
  column "c_tsmultirange" {
    null = true
    type = tsmultirange
  }
  column "c_tstzmultirange" {
    null = true
    type = tstzmultirange
  }
  column "c_datemultirange" {
    null = true
    type = datemultirange
  }
  column "c_point" {
    null = true
    type = point
  }
  column "c_line" {
    null = true
    type = line
  }
  column "c_lseg" {
    null = true
    type = lseg
  }
  column "c_box" {
    null = true
    type = box
  }
  column "c_path" {
    null = true
    type = path
  }
  column "c_polygon" {
    null = true
    type = polygon
  }
  column "c_circle" {
    null = true
    type = circle
  }
  column "c_oid" {
    null = true
    type = oid
  }
  column "c_name" {
    null = true
    type = name
  }
  column "c_pg_lsn" {
    null = true
    type = pg_lsn
  }
  column "c_regclass" {
    null = true
    type = regclass
  }
  primary_key {
    columns = [column.id]
  }
}
