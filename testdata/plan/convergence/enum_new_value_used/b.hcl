schema "public" {}

enum "stage" {
  schema = schema.public
  values = ["backlog", "todo", "doing", "done"]
}

table "cards" {
  schema = schema.public
  column "id" { type = integer }
  column "stage" {
    type    = enum.stage
    default = "backlog"
  }
  check "cards_stage_check" { expr = "stage IN ('backlog', 'todo', 'doing', 'done')" }
  index "idx_cards_doing" {
    columns = [column.id]
    where   = "stage = 'doing'"
  }
  row_security { enabled = true }
}

table "lanes" {
  schema = schema.public
  column "id" { type = integer }
  column "stage" {
    type    = enum.stage
    default = "doing"
  }
}

policy "cards_doing" {
  on    = table.cards
  for   = SELECT
  to    = ["authenticated"]
  using = "stage <> 'backlog'"
}
