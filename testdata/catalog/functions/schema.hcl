schema "public" {}

enum "app_role" {
  schema = schema.public
  values = ["admin", "moderator", "member"]
}

table "posts" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "title" {
    type = text
  }
  column "updated_at" {
    type = timestamptz
    null = true
  }

  primary_key {
    columns = [column.id]
  }
}

function "all_posts" {
  schema     = schema.public
  lang       = SQL
  return     = setof(table.posts)
  volatility = STABLE
  as         = "SELECT * FROM public.posts"
}

function "has_role" {
  schema = schema.public
  lang   = SQL
  arg "r" {
    type = enum.app_role
  }
  arg "n" {
    type    = integer
    default = 3
  }
  return      = boolean
  volatility  = STABLE
  security    = DEFINER
  search_path = ""
  as          = "SELECT r = 'admin' AND n > 0"
}

function "has_role" {
  schema = schema.public
  lang   = SQL
  arg "r" {
    type = text
  }
  return     = boolean
  volatility = IMMUTABLE
  strict     = true
  as         = "SELECT r = 'admin'"
}

function "post_titles" {
  schema = schema.public
  lang   = PLpgSQL
  arg "min_id" {
    type = integer
  }
  return_table {
    column "id" {
      type = integer
    }
    column "title" {
      type = text
    }
  }
  as = <<-SQL

    BEGIN
      RETURN QUERY SELECT p.id, p.title FROM public.posts p WHERE p.id >= min_id;
    END
  SQL
}

function "tags" {
  schema = schema.public
  lang   = SQL
  arg "names" {
    type = sql("text[]")
    mode = VARIADIC
  }
  return     = sql("text[]")
  volatility = IMMUTABLE
  comment    = "All the tags"
  as         = "SELECT names"
}

procedure "touch_all" {
  schema = schema.public
  lang   = PLpgSQL
  arg "stamp" {
    type    = timestamptz
    default = sql("now()")
  }
  search_path = "public, pg_temp"
  as          = <<-SQL

    BEGIN
      UPDATE public.posts SET updated_at = stamp;
    END
  SQL
}
