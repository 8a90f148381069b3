# The job queue's next version: a priority, checked and indexed.
schema "public" {}

table "jobs" {
  schema  = schema.public
  comment = "Work waiting for a worker"

  column "id" {
    type = bigint
    identity {
      generated = ALWAYS
    }
  }
  column "queue" {
    type = text
  }
  column "payload" {
    type = jsonb
  }
  column "priority" {
    type    = smallint
    default = 0
  }
  column "created_at" {
    type    = timestamptz
    default = sql("now()")
  }

  primary_key {
    columns = [column.id]
  }

  index "jobs_queue_created_at_idx" {
    columns = [column.queue, column.created_at]
  }
  index "jobs_queue_priority_idx" {
    columns      = [column.queue, column.priority]
    concurrently = true
  }
  check "jobs_priority_check" {
    expr = "priority BETWEEN 0 AND 9"
  }
}
