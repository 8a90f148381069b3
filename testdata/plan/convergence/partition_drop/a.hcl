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

table "logs_debug" {
  schema       = schema.public
  partition_of = table.logs
  for_values   = "IN ('debug')"
}

table "archive" {
  schema = schema.public

  column "id" {
    type = bigint
  }

  partition {
    type    = HASH
    columns = [column.id]
  }
}

table "archive_0" {
  schema       = schema.public
  partition_of = table.archive
  for_values   = "WITH (MODULUS 2, REMAINDER 0)"
}

table "archive_1" {
  schema       = schema.public
  partition_of = table.archive
  for_values   = "WITH (MODULUS 2, REMAINDER 1)"
}
