schema "public" {}

enum "priority" {
  schema = schema.public
  values = ["low", "medium", "high"]
}

table "tasks" {
  schema = schema.public
  column "id" { type = integer }
  column "priority" {
    type    = enum.priority
    default = "medium"
  }
  column "history" {
    type = sql("priority[]")
    null = true
  }
  index "idx_tasks_priority" { columns = [column.priority] }
}
