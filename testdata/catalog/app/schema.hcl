# The application schema of schema.sql as `schemactl inspect` renders it:
# serial columns are written serial, bigserial or smallserial, and
# every expression is spelled the way PostgreSQL deparses it.
schema "public" {}

extension "pgcrypto" {
  schema  = schema.public
  version = "1.3"
}

enum "order_status" {
  schema = schema.public
  values = ["pending", "paid", "shipped", "cancelled", "refunded"]
}
enum "member_role" {
  schema = schema.public
  values = ["owner", "admin", "member", "viewer"]
}

table "organizations" {
  schema  = schema.public
  comment = "Tenants: every row below belongs to one"
  column "id" {
    type = serial
  }
  column "name" { type = varchar(200) }
  column "slug" { type = varchar(64) }
  column "settings" {
    type    = jsonb
    default = sql("'{}'::jsonb")
  }
  column "is_active" {
    type    = boolean
    default = sql("true")
  }
  column "created_at" {
    type    = timestamptz
    default = sql("now()")
  }
  primary_key { columns = [column.id] }
  unique "organizations_slug_key" { columns = [column.slug] }
}

table "users" {
  schema = schema.public
  column "id" {
    type = bigserial
  }
  column "org_id" { type = integer }
  column "email" { type = varchar(320) }
  column "display_name" {
    type = varchar(120)
    null = true
  }
  column "role" {
    type    = enum.member_role
    default = sql("'member'::member_role")
  }
  column "tags" {
    type    = sql("text[]")
    default = sql("'{}'::text[]")
  }
  column "email_verified" {
    type    = boolean
    default = sql("false")
  }
  column "last_login_at" {
    type = timestamptz
    null = true
  }
  column "deleted_at" {
    type = timestamptz
    null = true
  }
  column "created_at" {
    type    = timestamptz
    default = sql("now()")
  }
  primary_key { columns = [column.id] }
  foreign_key "users_org_id_fkey" {
    columns     = [column.org_id]
    ref_columns = [table.organizations.column.id]
    on_delete   = CASCADE
  }
  check "users_email_format" { expr = "POSITION(('@'::text) IN (email)) > 1" }
  index "users_org_email_key" {
    unique = true
    on { column = column.org_id }
    on { expr = "lower(email::text)" }
    where = "deleted_at IS NULL"
  }
  index "users_last_login_idx" {
    on {
      column      = column.last_login_at
      desc        = true
      nulls_first = false
    }
  }
  index "users_tags_idx" {
    type    = GIN
    columns = [column.tags]
  }
  row_security { enabled = true }
}

table "products" {
  schema = schema.public
  column "org_id" { type = integer }
  column "sku" { type = varchar(40) }
  column "title" { type = text }
  column "price" {
    type    = numeric(12, 2)
    default = sql("0")
  }
  column "currency" {
    type    = char(3)
    default = sql("'EUR'::bpchar")
  }
  column "attributes" {
    type    = jsonb
    default = sql("'{}'::jsonb")
  }
  column "stock" {
    type    = integer
    default = sql("0")
  }
  column "discontinued" {
    type    = boolean
    default = sql("false")
  }
  primary_key { columns = [column.org_id, column.sku] }
  foreign_key "products_org_id_fkey" {
    columns     = [column.org_id]
    ref_columns = [table.organizations.column.id]
    on_delete   = CASCADE
  }
  check "products_price_check" { expr = "price >= (0)::numeric" }
  check "products_stock_check" { expr = "stock >= 0" }
  index "products_attributes_idx" {
    type = GIN
    on {
      column = column.attributes
      ops    = jsonb_path_ops
    }
  }
  index "products_title_search_idx" {
    type = GIN
    on { expr = "to_tsvector('english'::regconfig, title)" }
  }
  index "products_available_idx" {
    columns = [column.org_id, column.price]
    include = [column.title]
    where   = "(NOT discontinued) AND (stock > 0)"
  }
}

table "orders" {
  schema = schema.public
  column "id" {
    type = bigserial
  }
  column "org_id" { type = integer }
  column "customer_id" {
    type = bigint
    null = true
  }
  column "public_id" {
    type    = uuid
    default = sql("gen_random_uuid()")
  }
  column "status" {
    type    = enum.order_status
    default = sql("'pending'::order_status")
  }
  column "total" {
    type    = numeric(12, 2)
    default = sql("0")
  }
  column "notes" {
    type = text
    null = true
  }
  column "shipping_address" {
    type = jsonb
    null = true
  }
  column "placed_at" {
    type    = timestamptz
    default = sql("now()")
  }
  primary_key { columns = [column.id] }
  unique "orders_public_id_key" { columns = [column.public_id] }
  foreign_key "orders_customer_id_fkey" {
    columns     = [column.customer_id]
    ref_columns = [table.users.column.id]
    on_delete   = SET_NULL
  }
  foreign_key "orders_org_id_fkey" {
    columns     = [column.org_id]
    ref_columns = [table.organizations.column.id]
    on_delete   = RESTRICT
  }
  index "orders_org_status_idx" {
    on { column = column.org_id }
    on { column = column.status }
    on {
      column = column.placed_at
      desc   = true
    }
  }
  index "orders_open_idx" {
    columns = [column.placed_at]
    where   = "status = ANY (ARRAY['pending'::order_status, 'paid'::order_status])"
  }
  row_security {
    enabled = true
    forced  = true
  }
}

table "order_items" {
  schema = schema.public
  column "order_id" { type = bigint }
  column "line_no" { type = smallint }
  column "org_id" { type = integer }
  column "sku" { type = varchar(40) }
  column "quantity" {
    type    = integer
    default = sql("1")
  }
  column "unit_price" { type = numeric(12, 2) }
  primary_key { columns = [column.order_id, column.line_no] }
  foreign_key "order_items_order_id_fkey" {
    columns     = [column.order_id]
    ref_columns = [table.orders.column.id]
    on_delete   = CASCADE
  }
  foreign_key "order_items_product_fkey" {
    columns            = [column.org_id, column.sku]
    ref_columns        = [table.products.column.org_id, table.products.column.sku]
    on_update          = CASCADE
    on_delete          = RESTRICT
    deferrable         = true
    initially_deferred = true
  }
  check "order_items_quantity_check" { expr = "quantity > 0" }
}

table "audit_log" {
  schema = schema.public
  column "id" {
    type = bigint
    identity { generated = ALWAYS }
  }
  column "org_id" { type = integer }
  column "actor_id" {
    type = bigint
    null = true
  }
  column "action" { type = varchar(64) }
  column "payload" {
    type    = jsonb
    default = sql("'{}'::jsonb")
  }
  column "ip" {
    type = inet
    null = true
  }
  column "at" {
    type    = timestamptz
    default = sql("now()")
  }
  primary_key { columns = [column.id] }
  foreign_key "audit_log_org_id_fkey" {
    columns     = [column.org_id]
    ref_columns = [table.organizations.column.id]
    on_delete   = CASCADE
  }
  foreign_key "audit_log_actor_id_fkey" {
    columns     = [column.actor_id]
    ref_columns = [table.users.column.id]
    on_delete   = SET_NULL
  }
  index "audit_log_org_at_idx" {
    type    = BRIN
    columns = [column.at]
  }
  row_security { enabled = true }
}

policy "users_same_org" {
  on    = table.users
  for   = SELECT
  to    = ["authenticated"]
  using = "org_id = (current_setting('app.org_id'::text))::integer"
}
policy "users_self_update" {
  on    = table.users
  for   = UPDATE
  to    = ["authenticated"]
  using = "id = (current_setting('app.user_id'::text))::bigint"
  check = "(id = (current_setting('app.user_id'::text))::bigint) AND (deleted_at IS NULL)"
}
policy "users_service" {
  on    = table.users
  to    = ["service_role"]
  using = "true"
  check = "true"
}
policy "orders_tenant" {
  on    = table.orders
  as    = RESTRICTIVE
  to    = ["authenticated", "anon"]
  using = "org_id = (current_setting('app.org_id'::text, true))::integer"
}
policy "orders_read" {
  on    = table.orders
  for   = SELECT
  to    = ["authenticated"]
  using = "true"
}
policy "orders_write" {
  on    = table.orders
  for   = INSERT
  to    = ["authenticated"]
  check = "status = 'pending'::order_status"
}
policy "orders_service" {
  on    = table.orders
  to    = ["service_role"]
  using = "true"
}
policy "audit_log_insert_only" {
  on    = table.audit_log
  for   = INSERT
  to    = ["authenticated", "service_role"]
  check = "true"
}
