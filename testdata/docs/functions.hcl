# Functions, a procedure and triggers: a function of an enum called from a
# policy, an updated_at trigger, and Supabase's handle_new_user on a data
# table.
schema "public" {}

enum "app_role" {
  schema = schema.public
  values = ["admin", "member"]
}

data "table" "auth_users" {
  schema = "auth"
  name   = "users"
  column "id" { type = uuid }
}

table "profiles" {
  schema = schema.public
  column "id" { type = uuid }
  column "role" { type = enum.app_role }
  column "full_name" {
    type = text
    null = true
  }
  column "updated_at" {
    type    = timestamptz
    default = sql("now()")
  }
  primary_key { columns = [column.id] }
  row_security { enabled = true }
}

function "has_role" {
  schema = schema.public
  lang   = SQL
  arg "wanted" { type = enum.app_role }
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
      SELECT 1 FROM public.profiles p
      WHERE p.id = has_role.user_id AND p.role = has_role.wanted
    )
  SQL
}

policy "profiles_admins" {
  on    = table.profiles
  to    = ["authenticated"]
  using = "has_role('admin')"
}

function "set_updated_at" {
  schema = schema.public
  lang   = PLpgSQL
  return = trigger
  as     = <<-SQL
    BEGIN
      NEW.updated_at := now();
      RETURN NEW;
    END
  SQL
}

trigger "profiles_updated_at" {
  on = table.profiles
  before {
    update = true
  }
  for = ROW
  execute {
    function = function.set_updated_at
  }
}

function "handle_new_user" {
  schema      = schema.public
  lang        = PLpgSQL
  return      = trigger
  security    = DEFINER
  search_path = ""
  as          = <<-SQL
    BEGIN
      INSERT INTO public.profiles (id, role) VALUES (NEW.id, 'member');
      RETURN NEW;
    END
  SQL
}

trigger "on_auth_user_created" {
  on = data.table.auth_users
  after {
    insert = true
  }
  for = ROW
  execute {
    function = function.handle_new_user
  }
}

function "profile_names" {
  schema = schema.public
  lang   = SQL
  arg "min_role" {
    type    = enum.app_role
    default = "member"
  }
  return_table {
    column "id" { type = uuid }
    column "full_name" { type = text }
  }
  volatility = STABLE
  as         = "SELECT id, full_name FROM public.profiles WHERE role >= min_role"
}

procedure "archive_profiles" {
  schema = schema.public
  lang   = PLpgSQL
  arg "older_than" { type = interval }
  as = <<-SQL
    BEGIN
      DELETE FROM public.profiles WHERE updated_at < now() - older_than;
    END
  SQL
}
