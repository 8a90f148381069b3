schema "public" {}

table "events" {
  schema = schema.public

  column "id" {
    type = bigint
  }
  column "happened_on" {
    type = date
  }
  column "kind" {
    type = text
  }

  partition {
    type    = RANGE
    columns = [column.happened_on]
  }

  primary_key {
    columns = [column.id, column.happened_on]
  }
}

table "events_2023" {
  schema       = schema.public
  partition_of = table.events
  for_values   = "FROM ('2023-01-01') TO ('2024-01-01')"
}

table "events_other" {
  schema       = schema.public
  partition_of = table.events
  default      = true
}

table "tags" {
  schema = schema.public

  column "name" {
    type = text
  }
  column "lang" {
    type = text
  }

  partition {
    type    = LIST
    columns = [column.lang]
  }
}

table "tags_en" {
  schema       = schema.public
  partition_of = table.tags
  for_values   = "IN ('en')"
}
