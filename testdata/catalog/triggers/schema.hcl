schema "public" {}

table "post_log" {
  schema = schema.public

  column "post_id" {
    type = integer
    null = true
  }
  column "note" {
    type = text
  }
}

table "posts" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "title" {
    type = text
  }
  column "body" {
    type = text
    null = true
  }
  column "updated_at" {
    type    = timestamptz
    default = sql("now()")
  }

  primary_key {
    columns = [column.id]
  }
}

function "forbid" {
  schema = schema.public
  lang   = PLpgSQL
  return = trigger
  as     = " BEGIN RAISE EXCEPTION 'not allowed'; END "
}

function "log_post" {
  schema      = schema.public
  lang        = PLpgSQL
  return      = trigger
  security    = DEFINER
  search_path = "public"
  as          = <<-SQL

    BEGIN
      INSERT INTO post_log (post_id, note) VALUES (NEW.id, TG_ARGV[0] || '/' || TG_ARGV[1]);
      RETURN NULL;
    END
  SQL
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

trigger "post_log_no_delete" {
  on = table.post_log
  before {
    delete = true
  }
  for = ROW
  execute {
    function = function.public.forbid
  }
}

trigger "posts_log" {
  on = table.posts
  after {
    insert    = true
    update_of = [column.title, column.body]
  }
  for  = ROW
  when = "new.title <> 'draft'::text"
  execute {
    function = function.public.log_post
    args     = ["it's", "b\\c"]
  }
  comment = "Logs new and edited posts"
}

trigger "posts_no_truncate" {
  on = table.posts
  before {
    truncate = true
  }
  for = STATEMENT
  execute {
    function = function.public.forbid
  }
}

trigger "posts_updated_at" {
  on = table.posts
  before {
    update = true
  }
  for = ROW
  execute {
    function = function.public.set_updated_at
  }
}
