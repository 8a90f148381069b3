schema "public" {}

table "posts" {
  schema = schema.public
  column "id" { type = int }
  column "title" { type = text }
  column "updated_at" {
    type    = timestamptz
    default = sql("'2000-01-01'::timestamptz")
  }
  primary_key { columns = [column.id] }
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

trigger "posts_updated_at" {
  on = table.posts
  before {
    update = true
  }
  for = ROW
  execute {
    function = function.set_updated_at
  }
  comment = "Keeps updated_at current"
}
