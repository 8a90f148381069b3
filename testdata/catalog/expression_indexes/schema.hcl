schema "public" {}

table "users" {
  schema = schema.public
  column "id" { type = bigint }
  column "email" { type = text }
  column "first_name" {
    type = text
    null = true
  }
  column "last_name" {
    type = text
    null = true
  }
  column "deleted_at" {
    type = timestamptz
    null = true
  }
  column "score" {
    type = integer
    null = true
  }
  column "profile" {
    type = jsonb
    null = true
  }
  primary_key { columns = [column.id] }
  index "users_email_lower_key" {
    unique = true
    on { expr = "lower(email)" }
  }
  index "users_full_name_idx" {
    on { expr = "lower((first_name || ' '::text) || last_name)" }
  }
  index "users_score_plus_idx" {
    on {
      expr = "(score + 1)"
      desc = true
    }
  }
  index "users_profile_city_idx" {
    on { expr = "(profile ->> 'city'::text)" }
  }
  index "users_active_idx" {
    columns = [column.email]
    where   = "deleted_at IS NULL"
  }
  index "users_high_score_idx" {
    columns = [column.score]
    where   = "(score > 10) AND (deleted_at IS NULL)"
  }
  index "users_email_include_idx" {
    unique  = true
    columns = [column.email]
    include = [column.first_name, column.last_name]
  }
  index "users_mixed_idx" {
    on { column = column.id }
    on {
      expr = "lower(email)"
      desc = true
    }
    include = [column.score]
    where   = "score IS NOT NULL"
  }
}
