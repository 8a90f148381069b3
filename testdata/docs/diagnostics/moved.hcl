schema "public" {}

table "tasks" {
  schema = schema.public

  column "id" {
    type = bigint
  }
  column "queue" {
    type = text
  }
}

moved {
  from = table.tasks.column.queue
  to   = table.tasks.column.queue_name
}
