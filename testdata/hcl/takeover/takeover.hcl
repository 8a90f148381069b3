# Taking over what exists: import blocks for a table and an enum (plain,
# qualified, and with a name HCL identifiers cannot spell), and data tables
# that foreign keys reference (a schema given as a string or a reference,
# a name other than the label, an odd and long label, a serial key).
schema "public" {}

schema "reporting" {}

import {
  to = table.performance_metrics
}

import {
  to = table.reporting["daily totals"]
}

import {
  to = enum.public.metric_kind
}

enum "metric_kind" {
  schema = schema.public
  values = ["latency", "errors"]
}

data "table" "auth_users" {
  schema = "auth"
  name   = "users"

  column "id" {
    type = uuid
  }
}

data "table" "documents" {
  schema = schema.public

  column "id" {
    type = serial
  }
  column "tenant" {
    type = varchar(40)
    null = true
  }
}

data "table" "legacy orders: a label may be longer than the 63 bytes of an identifier" {
  schema = "legacy"
  name   = "Orders"

  column "order no" {
    type = bigint
  }
}

table "performance_metrics" {
  schema = schema.public

  column "id" {
    type = bigserial
  }
  column "kind" {
    type = enum.metric_kind
  }
  column "document_id" {
    type = integer
    null = true
  }
  column "user_id" {
    type = uuid
  }
  column "tenant" {
    type = text
    null = true
  }

  primary_key {
    columns = [column.id]
  }

  foreign_key "performance_metrics_document_fkey" {
    columns     = [column.document_id, column.tenant]
    ref_columns = [data.table.documents.column.id, data.table.documents.column.tenant]
    on_delete   = SET_NULL
  }
  foreign_key "performance_metrics_user_id_fkey" {
    columns     = [column.user_id]
    ref_columns = [data.table.auth_users.column.id]
    on_delete   = CASCADE
  }
}

table "daily totals" {
  schema = schema.reporting

  column "day" {
    type = date
  }
  column "order no" {
    type = bigint
    null = true
  }

  primary_key {
    columns = [column.day]
  }

  foreign_key "daily_totals_order_fkey" {
    columns     = [column["order no"]]
    ref_columns = [data.table["legacy orders: a label may be longer than the 63 bytes of an identifier"].column["order no"]]
  }
}
