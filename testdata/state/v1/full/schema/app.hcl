# An exclusive schema with an enum, identity columns, every foreign-key
# action, and unique constraints.
schema "app" {
  exclusive = true
}

enum "priority" {
  schema = schema.app
  values = ["low", "normal", "high"]
}

table "tenants" {
  schema  = schema.app
  comment = "One row per customer"

  column "id" {
    type = integer
    identity {
      generated = ALWAYS
    }
  }
  column "slug" {
    type    = varchar(64)
    comment = "URL name; 'quoted' and \"double quoted\" <html> & unicode: café"
  }
  column "credit" {
    type    = numeric(12, 2)
    default = 0
  }

  primary_key "tenants_primary" {
    columns = [column.id]
  }

  unique "tenants_slug_key" {
    columns = [column.slug]
  }

  check "tenants_credit_check" {
    expr = "credit >= 0"
  }

  lifecycle {
    prevent_destroy = true
  }
}

table "users" {
  schema = schema.app

  column "tenant_id" {
    type = integer
  }
  column "id" {
    type = bigint
    identity {
      generated = BY_DEFAULT
    }
  }
  column "manager_id" {
    type = bigint
    null = true
  }
  column "tenant_slug" {
    type    = varchar(64)
    default = "main"
  }
  column "priority" {
    type    = enum.priority
    default = "normal"
  }
  column "priorities" {
    type = sql("app.priority[]")
    null = true
  }

  primary_key {
    columns = [column.tenant_id, column.id]
  }

  unique "users_id_key" {
    columns = [column.id]
  }

  foreign_key "users_manager_fkey" {
    columns            = [column.manager_id]
    ref_columns        = [column.id]
    on_delete          = SET_NULL
    on_update          = CASCADE
    deferrable         = true
    initially_deferred = true
  }
  foreign_key "users_tenant_id_fkey" {
    columns     = [column.tenant_id]
    ref_columns = [table.tenants.column.id]
    on_delete   = CASCADE
    on_update   = RESTRICT
  }
  foreign_key "users_tenant_slug_fkey" {
    columns     = [column.tenant_slug]
    ref_columns = [table.tenants.column.slug]
    on_delete   = SET_DEFAULT
    deferrable  = true
  }
}
