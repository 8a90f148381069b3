schema "public" {}

enum "state" {
  schema = schema.public
  values = ["published", "draft"]
}

table "posts" {
  schema = schema.public
  column "id" { type = integer }
  column "state" {
    type    = enum.state
    default = "draft"
  }
  check "posts_state_check" { expr = "state <> 'draft' OR id > 0" }
  check "posts_state_known" { expr = "state IN ('draft', 'published')" }
  index "idx_posts_state_text" {
    on { expr = "(state = 'draft')" }
  }
  index "idx_posts_published" {
    columns = [column.id]
    where   = "state = 'published'"
  }
  row_security { enabled = true }
}

policy "posts_public" {
  on    = table.posts
  for   = SELECT
  to    = ["anon"]
  using = "state = 'published'"
}
