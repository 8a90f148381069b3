# want: 5:8 Reference to undeclared table
schema "public" {}

import {
  to = table.performance_metric
}

table "performance_metrics" {
  schema = schema.public
  column "id" {
    type = bigint
  }
}
