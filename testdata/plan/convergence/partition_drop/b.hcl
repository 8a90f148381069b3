schema "public" {}

table "logs" {
  schema = schema.public

  column "id" {
    type = bigint
  }
  column "level" {
    type = text
  }

  partition {
    type    = LIST
    columns = [column.level]
  }

  index "logs_id_idx" {
    columns = [column.id]
  }
}

table "logs_info" {
  schema       = schema.public
  partition_of = table.logs
  for_values   = "IN ('info')"
}
