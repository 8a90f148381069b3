schema "public" {}

table "builtin_types" {
  schema = schema.public
  column "id" { type = integer }
  column "a_float4" {
    type = real
    null = true
  }
  column "a_float8" {
    type = double_precision
    null = true
  }
  column "a_float10" {
    type = real
    null = true
  }
  column "a_float40" {
    type = double_precision
    null = true
  }
  column "a_decimal" {
    type = numeric
    null = true
  }
  column "a_decimal_ps" {
    type = numeric(10, 2)
    null = true
  }
  column "a_numeric_p" {
    type = numeric(8, 0)
    null = true
  }
  column "a_varchar" {
    type = varchar
    null = true
  }
  column "a_char" {
    type = char(1)
    null = true
  }
  column "a_bpchar" {
    type = bpchar
    null = true
  }
  column "a_timestamp0" {
    type = timestamp(0)
    null = true
  }
  column "a_timestamp6" {
    type = timestamp(6)
    null = true
  }
  column "a_timestamptz6" {
    type = timestamptz(6)
    null = true
  }
  column "a_time3" {
    type = time(3)
    null = true
  }
  column "a_timetz" {
    type = timetz
    null = true
  }
  column "a_timetz2" {
    type = timetz(2)
    null = true
  }
  column "an_interval3" {
    type = interval(3)
    null = true
  }
  column "an_interval_year" {
    type = year
    null = true
  }
  column "an_interval_ym" {
    type = year_to_month
    null = true
  }
  column "an_interval_ds" {
    type = day_to_second(2)
    null = true
  }
  column "an_interval_hm" {
    type = hour_to_minute
    null = true
  }
  column "a_xml" {
    type = xml
    null = true
  }
  column "a_money" {
    type = money
    null = true
  }
  column "a_macaddr" {
    type = macaddr
    null = true
  }
  column "a_macaddr8" {
    type = macaddr8
    null = true
  }
  column "a_bit" {
    type = bit(1)
    null = true
  }
  column "a_bit8" {
    type = bit(8)
    null = true
  }
  column "a_varbit" {
    type = bit_varying
    null = true
  }
  column "a_varbit16" {
    type = bit_varying(16)
    null = true
  }
  column "a_tsvector" {
    type = tsvector
    null = true
  }
  column "a_tsquery" {
    type = tsquery
    null = true
  }
  column "a_int4range" {
    type = int4range
    null = true
  }
  column "a_int8range" {
    type = int8range
    null = true
  }
  column "a_numrange" {
    type = numrange
    null = true
  }
  column "a_tsrange" {
    type = tsrange
    null = true
  }
  column "a_tstzrange" {
    type = tstzrange
    null = true
  }
  column "a_daterange" {
    type = daterange
    null = true
  }
  column "a_int4multirange" {
    type = int4multirange
    null = true
  }
  column "a_int8multirange" {
    type = int8multirange
    null = true
  }
  column "a_nummultirange" {
    type = nummultirange
    null = true
  }
  column "a_tsmultirange" {
    type = tsmultirange
    null = true
  }
  column "a_tstzmultirange" {
    type = tstzmultirange
    null = true
  }
  column "a_datemultirange" {
    type = datemultirange
    null = true
  }
  column "a_point" {
    type = point
    null = true
  }
  column "a_line" {
    type = line
    null = true
  }
  column "a_lseg" {
    type = lseg
    null = true
  }
  column "a_box" {
    type = box
    null = true
  }
  column "a_path" {
    type = path
    null = true
  }
  column "a_polygon" {
    type = polygon
    null = true
  }
  column "a_circle" {
    type = circle
    null = true
  }
  column "an_oid" {
    type = oid
    null = true
  }
  column "a_name" {
    type = name
    null = true
  }
  column "a_pg_lsn" {
    type = pg_lsn
    null = true
  }
  column "a_txid_snapshot" {
    type = txid_snapshot
    null = true
  }
  column "a_pg_snapshot" {
    type = pg_snapshot
    null = true
  }
  column "a_regclass" {
    type = regclass
    null = true
  }
  column "a_timestamp6_array" {
    type = sql("timestamp(6) without time zone[]")
    null = true
  }
  column "a_varchar_array" {
    type = sql("character varying[]")
    null = true
  }
  column "a_bit_array" {
    type = sql("bit(8)[]")
    null = true
  }
  column "a_macaddr_array" {
    type = sql("macaddr[]")
    null = true
  }
  column "a_range_array" {
    type = sql("int4range[]")
    null = true
  }
  column "a_point_array" {
    type = sql("point[]")
    null = true
  }
  column "a_bpchar_array" {
    type = sql("bpchar[]")
    null = true
  }
  primary_key {
    columns = [column.id]
  }
}
