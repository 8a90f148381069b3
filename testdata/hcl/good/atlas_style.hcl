// Files written by other tools: keywords as strings, comments of every
// style, single-line blocks.
/* A block comment
   over two lines */
schema "public" {}

table "jobs" {
  schema = schema.public
  column "id" { type = bigint }
  column "state" { type = text }
  primary_key { columns = [column.id] }
  index "jobs_state_idx" {
    type    = "BTREE"
    columns = [column.state]
  }
  foreign_key "jobs_parent_fkey" {
    columns     = [column.id]
    ref_columns = [column.id]
    on_delete   = "CASCADE"
  }
}
