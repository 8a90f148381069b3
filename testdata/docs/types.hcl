# Bare types, sized types, an Atlas spelling (int4), enums, and sql()
# for arrays.
schema "public" {}

enum "mood" {
  schema = schema.public
  values = ["sad", "ok", "happy"]
}

table "every_type" {
  schema = schema.public

  column "a_smallint" {
    type = smallint
  }
  column "an_integer" {
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
  column "a_whole_numeric" {
    type = numeric(10)
  }
  column "a_mood" {
    type = enum.mood
  }
  column "some_moods" {
    type = sql("mood[]")
  }
  column "some_tags" {
    type = sql("text[]")
  }
  column "a_precise_time" {
    type = timestamptz(3)
  }
  column "a_range" {
    type = tstzrange
  }
  column "any_numeric" {
    type = numeric
  }
  column "an_int4" {
    type = int4
  }
}
