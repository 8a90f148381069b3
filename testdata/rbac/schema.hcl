# Supabase-style role-based access control, written from scratch: roles
# and permissions are enums, user_roles and role_permissions map them, and
# authorize() answers "may this user do that?" for the policies.

schema "public" {}

enum "app_role" {
  schema = schema.public
  values = ["admin", "moderator"]
}

enum "app_permission" {
  schema = schema.public
  values = ["channels.delete", "messages.delete"]
}

table "user_roles" {
  schema = schema.public
  column "id" {
    type = bigint
    identity {
      generated = BY_DEFAULT
    }
  }
  column "user_id" { type = uuid }
  column "role" { type = enum.app_role }
  primary_key { columns = [column.id] }
  unique "user_roles_user_id_role_key" { columns = [column.user_id, column.role] }
  comment = "Application roles for each user."
}

table "role_permissions" {
  schema = schema.public
  column "id" {
    type = bigint
    identity {
      generated = BY_DEFAULT
    }
  }
  column "role" { type = enum.app_role }
  column "permission" { type = enum.app_permission }
  primary_key { columns = [column.id] }
  unique "role_permissions_role_permission_key" { columns = [column.role, column.permission] }
  comment = "Application permissions for each role."
}

table "channels" {
  schema = schema.public
  column "id" { type = bigint }
  column "slug" { type = text }
  primary_key { columns = [column.id] }
  row_security { enabled = true }
}

table "messages" {
  schema = schema.public
  column "id" { type = bigint }
  column "channel_id" { type = bigint }
  column "message" {
    type = text
    null = true
  }
  primary_key { columns = [column.id] }
  foreign_key "messages_channel_id_fkey" {
    columns     = [column.channel_id]
    ref_columns = [table.channels.column.id]
    on_delete   = CASCADE
  }
  row_security { enabled = true }
}

# Whether user_id (by default the user of the request) holds a role that grants requested_permission.
function "authorize" {
  schema = schema.public
  lang   = SQL
  arg "requested_permission" { type = enum.app_permission }
  arg "user_id" {
    type    = uuid
    default = sql("(current_setting('request.jwt.claim.sub', true))::uuid")
  }
  return      = boolean
  volatility  = STABLE
  security    = DEFINER
  search_path = ""
  as          = <<-SQL
    SELECT EXISTS (
      SELECT 1
      FROM public.role_permissions rp
      JOIN public.user_roles ur ON ur.role = rp.role
      WHERE rp.permission = authorize.requested_permission
        AND ur.user_id = authorize.user_id
    )
  SQL
}

policy "channels_read" {
  on    = table.channels
  for   = SELECT
  to    = ["authenticated"]
  using = "true"
}

policy "channels_delete_authorized" {
  on    = table.channels
  for   = DELETE
  to    = ["authenticated"]
  using = "(SELECT public.authorize('channels.delete', (current_setting('request.jwt.claim.sub', true))::uuid))"
}

policy "messages_delete_authorized" {
  on    = table.messages
  for   = DELETE
  to    = ["authenticated"]
  using = "(SELECT authorize('messages.delete'))"
}
