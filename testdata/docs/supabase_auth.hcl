# A table of ours that references Supabase's auth.users, which schemactl
# must never manage, and lets each user read only their own rows.
data "table" "auth_users" {
  schema = "auth"
  name   = "users"

  column "id" {
    type = uuid
  }
}

schema "public" {}

table "alert_subscriptions" {
  schema = schema.public

  column "user_id" {
    type = uuid
  }
  column "service_name" {
    type = text
  }

  primary_key {
    columns = [column.user_id, column.service_name]
  }

  foreign_key "alert_subscriptions_user_id_fkey" {
    columns     = [column.user_id]
    ref_columns = [data.table.auth_users.column.id]
    on_delete   = CASCADE
  }
  row_security {
    enabled = true
  }
}

policy "alert_subscriptions_own_rows" {
  on    = table.alert_subscriptions
  for   = ALL
  to    = ["authenticated"]
  using = "user_id = auth.uid()"
  check = "user_id = auth.uid()"
}
