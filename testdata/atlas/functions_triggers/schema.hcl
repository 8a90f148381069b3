# Functions, a procedure and triggers as Atlas's PostgreSQL documents write
# them.
schema "public" {}

table "orders" {
  schema = schema.public
  column "id" {
    type = int
  }
  column "amount" {
    type = numeric
  }
  column "updated_at" {
    type    = timestamptz
    default = sql("now()")
  }
  primary_key {
    columns = [column.id]
  }
}

table "orders_audit" {
  schema = schema.public
  column "order_id" {
    type = int
  }
  column "amount" {
    type = numeric
  }
}

function "positive" {
  schema = schema.public
  lang   = SQL
  arg "v" {
    type = integer
  }
  return = boolean
  as     = "SELECT v > 0"
}

function "orders_between" {
  schema = schema.public
  lang   = SQL
  arg "lo" {
    type = int
  }
  arg "hi" {
    type = int
  }
  return = setof(table.orders)
  as     = "SELECT * FROM public.orders WHERE id BETWEEN lo AND hi"
}

function "audit_orders_changes" {
  schema = schema.public
  lang   = PLpgSQL
  return = trigger
  as     = <<-SQL
  BEGIN
    INSERT INTO public.orders_audit (order_id, amount) VALUES (NEW.id, NEW.amount);
    RETURN NEW;
  END;
  SQL
}

procedure "proc_drop_audit" {
  schema = schema.public
  lang   = SQL
  as     = "DELETE FROM public.orders_audit"
}

trigger "trigger_orders_audit" {
  on = table.orders
  after {
    insert    = true
    update_of = [table.orders.column.amount]
  }
  for = ROW
  execute {
    function = function.audit_orders_changes
  }
}
