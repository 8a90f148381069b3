# Partitioned tables: measurements by RANGE of a date with a partition per
# year and a default one, devices by LIST, sessions by HASH. Indexes, keys
# and foreign keys are declared on the partitioned table only.
schema "public" {}

table "devices" {
  schema = schema.public

  column "id" {
    type = bigint
  }
  column "region" {
    type = text
  }

  partition {
    type    = LIST
    columns = [column.region]
  }

  primary_key {
    columns = [column.id, column.region]
  }
}

table "devices_eu" {
  schema       = schema.public
  partition_of = table.devices
  for_values   = "IN ('eu', 'uk')"
}

table "devices_us" {
  schema       = schema.public
  partition_of = table.devices
  for_values   = "IN ('us')"
}

table "measurements" {
  schema = schema.public

  column "device_id" {
    type = bigint
  }
  column "region" {
    type = text
  }
  column "taken_on" {
    type = date
  }
  column "value" {
    type = double_precision
    null = true
  }

  partition {
    type    = RANGE
    columns = [column.taken_on]
  }

  primary_key {
    columns = [column.device_id, column.taken_on]
  }

  index "measurements_region_idx" {
    columns = [column.region, column.taken_on]
  }

  foreign_key "measurements_device_fkey" {
    columns     = [column.device_id, column.region]
    ref_columns = [table.devices.column.id, table.devices.column.region]
  }
}

table "measurements_2024" {
  schema       = schema.public
  partition_of = table.measurements
  for_values   = "FROM ('2024-01-01') TO ('2025-01-01')"
}

table "measurements_2025" {
  schema       = schema.public
  partition_of = table.measurements
  for_values   = "FROM ('2025-01-01') TO ('2026-01-01')"
  comment      = "This year's rows"
}

table "measurements_other" {
  schema       = schema.public
  partition_of = table.measurements
  default      = true
}

table "sessions" {
  schema = schema.public

  column "user_id" {
    type = integer
  }
  column "token" {
    type = uuid
  }

  partition {
    type = HASH
    by {
      column = column.user_id
    }
  }
}

table "sessions_0" {
  schema       = schema.public
  partition_of = table.sessions
  for_values   = "WITH (MODULUS 2, REMAINDER 0)"
}

table "sessions_1" {
  schema       = schema.public
  partition_of = table.sessions
  for_values   = "WITH (MODULUS 2, REMAINDER 1)"
}
