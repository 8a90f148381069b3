schema "public" {}

table "counters" {
  schema = schema.public

  column "name" {
    type = text
  }
  column "value" {
    type    = bigint
    default = 0
  }

  primary_key {
    columns = [column.name]
  }
}

procedure "bump" {
  schema = schema.public
  lang   = SQL
  arg "counter" {
    type = text
  }
  arg "step" {
    type    = bigint
    default = 1
  }
  as = "UPDATE public.counters SET value = value + step WHERE name = counter"
}

procedure "bump_and_read" {
  schema = schema.public
  lang   = PLpgSQL
  arg "counter" {
    type = text
    mode = INOUT
  }
  arg "new_value" {
    type = bigint
    mode = OUT
  }
  security    = DEFINER
  search_path = ""
  as          = <<-SQL

    BEGIN
      UPDATE public.counters SET value = value + 1 WHERE name = counter RETURNING value INTO new_value;
    END
  SQL
}

procedure "reset_all" {
  schema  = schema.public
  lang    = PLpgSQL
  comment = "Zeroes every counter, committing"
  as      = <<-SQL

    BEGIN
      UPDATE public.counters SET value = 0;
      COMMIT;
    END
  SQL
}
