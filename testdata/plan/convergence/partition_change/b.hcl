schema "public" {}

table "readings" {
  schema = schema.public

  column "sensor" {
    type = integer
  }
  column "taken_on" {
    type = date
  }

  partition {
    type    = RANGE
    columns = [column.taken_on]
  }

  primary_key {
    columns = [column.sensor, column.taken_on]
  }
}

table "readings_2023" {
  schema       = schema.public
  partition_of = table.readings
  for_values   = "FROM ('2022-01-01') TO ('2024-01-01')"
}

table "readings_2024" {
  schema       = schema.public
  partition_of = table.readings
  for_values   = "FROM ('2024-01-01') TO ('2025-01-01')"
}
