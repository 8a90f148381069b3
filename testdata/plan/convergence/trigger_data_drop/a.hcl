schema "public" {}

data "table" "auth_users" {
  schema = "auth"
  name   = "users"
  column "id" { type = uuid }
}

table "profiles" {
  schema = schema.public
  column "id" { type = uuid }
  column "full_name" {
    type = text
    null = true
  }
  primary_key { columns = [column.id] }
  foreign_key "profiles_id_fkey" {
    columns     = [column.id]
    ref_columns = [data.table.auth_users.column.id]
    on_delete   = CASCADE
  }
}

# Supabase's handle_new_user: a profile for every new user.
function "handle_new_user" {
  schema      = schema.public
  lang        = PLpgSQL
  return      = trigger
  security    = DEFINER
  search_path = ""
  as          = <<-SQL
    BEGIN
      INSERT INTO public.profiles (id, full_name)
      VALUES (NEW.id, NEW.raw_user_meta_data ->> 'full_name');
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
