# Written from Atlas's documented HCL for PostgreSQL views and materialized
# views: column blocks, a heredoc query (one ending in ";"), depends_on,
# check_option, comments, and a materialized view's expression and partial
# indexes.
schema "public" {}

table "users" {
  schema = schema.public
  column "id" {
    null = false
    type = int
  }
  column "name" {
    null = true
    type = text
  }
  column "active" {
    null = false
    type = bool
  }
  primary_key {
    columns = [column.id]
  }
}

table "orders" {
  schema = schema.public
  column "user_id" {
    null = false
    type = int
  }
  column "total" {
    null = false
    type = numeric
  }
}

view "active_users" {
  schema = schema.public
  column "id" {
    null = true
    type = int
  }
  as           = <<-SQL
  SELECT id FROM users WHERE active
  SQL
  depends_on   = [table.users]
  check_option = CASCADED
}

view "clean_users" {
  schema = schema.public
  column "id" {
    null = true
    type = int
  }
  column "name" {
    null = true
    type = text
  }
  as         = <<-SQL
  SELECT u.id, u.name
  FROM users AS u
  JOIN active_users AS au USING (id)
  SQL
  depends_on = [table.users, view.active_users]
  comment    = "A view of clean users"
}

materialized "m1" {
  schema = schema.public
  column "total" {
    null = true
    type = numeric
  }
  as = <<-SQL
    SELECT total FROM orders;
  SQL
}

materialized "mat_view" {
  schema = schema.public
  column "total" {
    null = true
    type = numeric
  }
  index "idx_expr" {
    unique = true
    on {
      expr = "((total > (0)::numeric))"
    }
  }
  index "idx_pred" {
    unique  = true
    columns = [column.total]
    where   = "(total < (0)::numeric)"
  }
  as         = <<-SQL
    SELECT sum(total) AS total
    FROM m1;
  SQL
  depends_on = [materialized.m1]
}
