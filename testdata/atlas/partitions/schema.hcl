# Written from Atlas's partitioning documentation for PostgreSQL: a
# partition block on the partitioned table, its key as columns = [...] or
# as by { column = ... } blocks. Atlas declares no partitions in HCL;
# schemactl declares each as a table with partition_of and for_values
# (docs/hcl.md, "Partitioned tables"), as logs_2024 does here.
schema "public" {}

table "logs" {
  schema = schema.public
  column "date" {
    null = false
    type = date
  }
  column "text" {
    null = false
    type = integer
  }
  partition {
    type    = RANGE
    columns = [column.date]
  }
}

table "metrics" {
  schema = schema.public
  column "x" {
    null = false
    type = integer
  }
  column "y" {
    null = false
    type = integer
  }
  partition {
    type = LIST
    by {
      column = column.x
    }
  }
}

table "logs_2024" {
  schema       = schema.public
  partition_of = table.logs
  for_values   = "FROM ('2024-01-01') TO ('2025-01-01')"
}
