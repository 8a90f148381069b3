# Keys and constraints: a named primary key, a composite one, unique
# constraints, checks and foreign keys (composite, self-referencing,
# deferrable, to a unique constraint).
schema "public" {}

table "tenants" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "slug" {
    type = varchar(40)
  }

  primary_key "tenants_primary" {
    columns = [column.id]
  }

  unique "tenants_slug_key" {
    columns = [column.slug]
  }
  check "tenants_slug_check" {
    expr = "slug ~ '^[a-z0-9-]+$'"
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
    type = text
  }

  primary_key {
    columns = [column.tenant_id, column.id]
  }

  unique "users_id_key" {
    columns = [column.id]
  }
  foreign_key "users_tenant_id_fkey" {
    columns     = [column.tenant_id]
    ref_columns = [table.tenants.column.id]
    on_delete   = CASCADE
  }
  foreign_key "users_tenant_slug_fkey" {
    columns     = [column.tenant_slug]
    ref_columns = [table.tenants.column.slug]
    on_update   = CASCADE
  }
  foreign_key "users_manager_id_fkey" {
    columns            = [column.manager_id]
    ref_columns        = [column.id]
    on_delete          = SET_NULL
    deferrable         = true
    initially_deferred = true
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
  }
}
