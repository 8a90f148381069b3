# testdata/catalog/supabase_app/schema.sql as inspect --schemas public,extensions writes
# it (auth.users is a data table: Supabase manages it), but for ALL.
schema "extensions" {}

schema "public" {}

extension "pgcrypto" {
  schema  = schema.extensions
  version = "1.3"
}

data "table" "auth_users" {
  schema = "auth"
  name   = "users"

  column "id" {
    type = uuid
  }
}

table "api_keys" {
  schema = schema.public

  column "id" {
    type    = uuid
    default = sql("gen_random_uuid()")
  }
  column "user_id" {
    type = uuid
  }
  column "label" {
    type = text
  }
  column "secret" {
    type    = bytea
    default = sql("extensions.gen_random_bytes(32)")
  }
  column "secret_hash" {
    type    = text
    default = sql("extensions.crypt(encode(extensions.gen_random_bytes(16), 'hex'::text), extensions.gen_salt('bf'::text))")
  }

  primary_key {
    columns = [column.id]
  }

  foreign_key "api_keys_user_id_fkey" {
    columns     = [column.user_id]
    ref_columns = [data.table.auth_users.column.id]
    on_delete   = CASCADE
  }

  grant {
    role       = "authenticated"
    privileges = [SELECT]
    columns    = [column.id, column.label, column.user_id]
  }
  grant {
    role         = "service_role"
    privileges   = [ALL]
    grant_option = true
  }

  row_security {
    enabled = true
    forced  = true
  }
}

table "profiles" {
  schema = schema.public

  column "id" {
    type = uuid
  }
  column "username" {
    type = text
  }
  column "avatar_url" {
    type = text
    null = true
  }
  column "created_at" {
    type    = timestamptz
    default = sql("now()")
  }

  primary_key {
    columns = [column.id]
  }

  unique "profiles_username_key" {
    columns = [column.username]
  }

  check "profiles_username_check" {
    expr = "char_length(username) >= 3"
  }

  foreign_key "profiles_id_fkey" {
    columns     = [column.id]
    ref_columns = [data.table.auth_users.column.id]
    on_delete   = CASCADE
  }

  grant {
    role       = "anon"
    privileges = [SELECT]
  }
  grant {
    role       = "authenticated"
    privileges = [SELECT, UPDATE]
  }
  grant {
    role       = "service_role"
    privileges = [ALL]
  }

  row_security {
    enabled = true
  }
}

table "todos" {
  schema = schema.public

  column "id" {
    type    = uuid
    default = sql("gen_random_uuid()")
  }
  column "user_id" {
    type    = uuid
    default = sql("auth.uid()")
  }
  column "title" {
    type = text
  }
  column "done" {
    type    = boolean
    default = false
  }
  column "inserted_at" {
    type    = timestamptz
    default = sql("now()")
  }

  primary_key {
    columns = [column.id]
  }

  index "todos_user_id_idx" {
    columns = [column.user_id]
  }

  foreign_key "todos_user_id_fkey" {
    columns     = [column.user_id]
    ref_columns = [data.table.auth_users.column.id]
    on_delete   = CASCADE
  }

  grant {
    role       = "authenticated"
    privileges = [SELECT, INSERT, UPDATE, DELETE]
  }
  grant {
    role       = "service_role"
    privileges = [ALL]
  }

  row_security {
    enabled = true
  }
}

policy "api_keys_own" {
  on    = table.api_keys
  for   = SELECT
  to    = ["authenticated"]
  using = "auth.uid() = user_id"
}

policy "profiles_read" {
  on    = table.profiles
  for   = SELECT
  to    = ["anon", "authenticated"]
  using = "true"
}

policy "profiles_update_own" {
  on    = table.profiles
  for   = UPDATE
  to    = ["authenticated"]
  using = "auth.uid() = id"
  check = "auth.uid() = id"
}

policy "todos_own" {
  on    = table.todos
  for   = ALL
  to    = ["authenticated"]
  using = "auth.uid() = user_id"
  check = "auth.uid() = user_id"
}
