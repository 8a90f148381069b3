# A job queue: the project that docs/commands.md and docs/formats.md use.
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
}
