# want: 18:3 Conflicting partition bounds
schema "public" {}

table "m" {
  schema = schema.public
  column "d" {
    type = date
  }
  partition {
    type    = RANGE
    columns = [column.d]
  }
}

table "m_1" {
  schema       = schema.public
  partition_of = table.m
  for_values   = "FROM ('2024-01-01') TO ('2025-01-01')"
  default      = true
}
