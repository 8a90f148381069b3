# Enums: in the table's schema, in another schema, and as arrays.
schema "app" {}

schema "public" {}

enum "mood" {
  schema = schema.public
  values = ["sad", "ok", "happy"]
}

enum "priority" {
  schema = schema.app
  values = ["low", "high"]
}

table "tickets" {
  schema = schema.app

  column "id" {
    type = bigint
  }
  column "mood" {
    type    = enum.mood
    default = "ok"
  }
  column "priority" {
    type = enum.priority
    null = true
  }
  column "moods" {
    type = sql("mood[]")
    null = true
  }
  column "priorities" {
    type = sql("\"app\".\"priority\"[]")
    null = true
  }

  primary_key {
    columns = [column.id]
  }
}
