# want: 18:18 Invalid partition bound
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
  for_values   = "BETWEEN ('2024-01-01') AND ('2025-01-01')"
}
