schema "public" {}

# Columns retyped in the same plan that adds generated columns reading
# them: PostgreSQL refuses to change the type of a column a generated
# column reads, so the new generated columns (added, or a plain column
# made generated) come after the type changes.
table "lines" {
  schema = schema.public
  column "id" { type = bigint }
  column "name" { type = varchar(20) }
  column "qty" { type = bigint }
  column "label" {
    type = text
    as {
      expr = "upper(name)"
      type = STORED
    }
  }
  column "twice" {
    type = bigint
    as {
      expr = "qty * 2"
      type = STORED
    }
  }
  primary_key { columns = [column.id] }
}

# The view reads a retyped column: it is dropped before the type change
# and created again after, which must not let the generated columns run
# ahead of the type changes.
view "line_names" {
  schema = schema.public
  column "id" { type = bigint }
  column "name" { type = varchar(20) }
  as = "SELECT id, name FROM public.lines"
}
