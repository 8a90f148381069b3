# Composite, self-referencing and deferrable foreign keys with every action,
# referencing a primary key, a unique constraint and a unique index.
schema "public" {}

table "tenants" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "slug" {
    type = text
  }

  primary_key {
    columns = [column.id]
  }

  index "tenants_lower_slug" {
    unique  = true
    columns = [column.slug]
  }
}

table "users" {
  schema = schema.public

  column "tenant_id" {
    type = integer
  }
  column "id" {
    type = bigint
  }
  column "manager_id" {
    type = bigint
    null = true
  }
  column "tenant_slug" {
    type    = text
    default = "main"
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

table "sessions" {
  schema = schema.public

  column "tenant_id" {
    type = integer
  }
  column "user_id" {
    type = bigint
  }

  foreign_key "sessions_user_fkey" {
    columns     = [column.tenant_id, column.user_id]
    ref_columns = [table.users.column.tenant_id, table.users.column.id]
    on_delete   = NO_ACTION
  }
}
