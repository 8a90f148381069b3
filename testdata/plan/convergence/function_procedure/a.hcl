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

procedure "bump" {
  schema = schema.public
  lang   = SQL
  arg "counter" { type = text }
  arg "step" {
    type    = bigint
    default = 1
  }
  as = "UPDATE public.counters SET value = value + step WHERE name = counter"
}

procedure "reset_all" {
  schema = schema.public
  lang   = PLpgSQL
  as     = <<-SQL
    BEGIN
      UPDATE public.counters SET value = 0;
    END
  SQL
}
