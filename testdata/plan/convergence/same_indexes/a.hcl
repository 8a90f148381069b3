schema "public" {}

table "entries" {
  schema = schema.public
  column "id" { type = integer }
  column "email" { type = text }
  column "at" { type = timestamptz }
  column "state" { type = text }
  index "idx_entries_email" {
    unique = true
    on { expr = "lower(email)" }
  }
  index "idx_entries_at" {
    on {
      column = column.at
      desc   = true
    }
  }
  index "idx_entries_open" {
    columns = [column.id]
    where   = "state IN ('open', 'new') AND id > 0"
  }
  index "idx_entries_btree" {
    columns = [column.state]
  }
}
