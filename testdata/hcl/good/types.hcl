# Every bare type, the sized types and sql() types.
schema "public" {}

table "every_type" {
  schema = schema.public

  column "a_smallint" {
    type = smallint
  }
  column "a_integer" {
    type = integer
  }
  column "a_bigint" {
    type = bigint
  }
  column "a_boolean" {
    type = boolean
  }
  column "a_text" {
    type = text
  }
  column "a_uuid" {
    type = uuid
  }
  column "a_jsonb" {
    type = jsonb
  }
  column "a_json" {
    type = json
  }
  column "a_bytea" {
    type = bytea
  }
  column "a_date" {
    type = date
  }
  column "a_timestamp" {
    type = timestamp
  }
  column "a_timestamptz" {
    type = timestamptz
  }
  column "a_time" {
    type = time
  }
  column "an_interval" {
    type = interval
  }
  column "a_real" {
    type = real
  }
  column "a_double" {
    type = double_precision
  }
  column "an_inet" {
    type = inet
  }
  column "a_cidr" {
    type = cidr
  }
  column "a_varchar" {
    type = varchar(500)
  }
  column "a_char" {
    type = char(2)
  }
  column "a_numeric" {
    type = numeric(12, 2)
  }
  column "a_numeric_precision" {
    type = numeric(10)
  }
  column "text_array" {
    type = sql("text[]")
  }
  column "int_array" {
    type = sql("integer[]")
  }
  column "a_timestamp3" {
    type = sql("timestamp(3) with time zone")
  }
  column "a_range" {
    type = sql("tstzrange")
  }
  column "a_plain_numeric" {
    type = sql("numeric")
  }
}
