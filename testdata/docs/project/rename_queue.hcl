# The job queue renamed: jobs becomes tasks, queue becomes queue_name, and
# the index follows. The moved blocks make each a rename, not a drop and a
# create.
schema "public" {}

table "tasks" {
  schema  = schema.public
  comment = "Work waiting for a worker"

  column "id" {
    type = bigint
    identity {
      generated = ALWAYS
    }
  }
  column "queue_name" {
    type = text
  }
  column "payload" {
    type = jsonb
  }
  column "created_at" {
    type    = timestamptz
    default = sql("now()")
  }

  primary_key {
    columns = [column.id]
  }

  index "tasks_queue_name_created_at_idx" {
    columns = [column.queue_name, column.created_at]
  }
}

moved {
  from = table.jobs
  to   = table.tasks
}

moved {
  from = table.tasks.column.queue
  to   = table.tasks.column.queue_name
}

moved {
  from = table.tasks.index.jobs_queue_created_at_idx
  to   = table.tasks.index.tasks_queue_name_created_at_idx
}
