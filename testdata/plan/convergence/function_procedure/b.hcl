schema "public" {}

table "counters" {
  schema = schema.public
  column "name" { type = text }
  column "value" {
    type    = bigint
    default = 0
  }
  primary_key { columns = [column.name] }
}

# An argument renamed: the procedure is replaced.
procedure "bump" {
  schema = schema.public
  lang   = SQL
  arg "counter_name" { type = text }
  arg "step" {
    type    = bigint
    default = 2
  }
  as = "UPDATE public.counters SET value = value + step WHERE name = counter_name"
}

# A new procedure, and reset_all removed.
procedure "bump_and_read" {
  schema      = schema.public
  lang        = PLpgSQL
  security    = DEFINER
  search_path = ""
  comment     = "Bumps a counter and returns its value"
  arg "counter" {
    type = text
    mode = INOUT
  }
  arg "new_value" {
    type = bigint
    mode = OUT
  }
  as = <<-SQL
    BEGIN
      UPDATE public.counters SET value = value + 1 WHERE name = counter RETURNING value INTO new_value;
    END
  SQL
}
