schema "public" {}

table "parents" {
  schema = schema.public
  column "id" { type = integer }
  column "region" { type = text }
  column "code" { type = text }
  primary_key { columns = [column.id] }
  unique "parents_region_code_key" { columns = [column.region, column.code] }
  unique "parents_code_region_key" { columns = [column.code, column.region] }
}

table "children" {
  schema = schema.public
  column "id" { type = integer }
  column "parent_id" {
    type    = integer
    null    = true
    default = sql("0")
  }
  column "a" {
    type = integer
    null = true
  }
  column "b" {
    type = integer
    null = true
  }
  column "c" {
    type = integer
    null = true
  }
  column "d" {
    type = integer
    null = true
  }
  column "e" {
    type = integer
    null = true
  }
  column "region" {
    type = text
    null = true
  }
  column "code" {
    type = text
    null = true
  }
  column "parent_of_id" {
    type = integer
    null = true
  }
  primary_key { columns = [column.id] }
  foreign_key "fk_no_action" {
    columns     = [column.a]
    ref_columns = [table.parents.column.id]
  }
  foreign_key "fk_restrict" {
    columns     = [column.b]
    ref_columns = [table.parents.column.id]
    on_delete   = RESTRICT
    on_update   = RESTRICT
  }
  foreign_key "fk_cascade" {
    columns     = [column.c]
    ref_columns = [table.parents.column.id]
    on_delete   = CASCADE
    on_update   = CASCADE
  }
  foreign_key "fk_set_null" {
    columns     = [column.d]
    ref_columns = [table.parents.column.id]
    on_delete   = SET_NULL
    on_update   = SET_NULL
  }
  foreign_key "fk_set_default" {
    columns     = [column.parent_id]
    ref_columns = [table.parents.column.id]
    on_delete   = SET_DEFAULT
    on_update   = SET_DEFAULT
  }
  foreign_key "fk_deferrable" {
    columns     = [column.e]
    ref_columns = [table.parents.column.id]
    deferrable  = true
  }
  foreign_key "fk_multi_column" {
    columns            = [column.code, column.region]
    ref_columns        = [table.parents.column.code, table.parents.column.region]
    on_delete          = CASCADE
    deferrable         = true
    initially_deferred = true
  }
  foreign_key "fk_self" {
    columns     = [column.parent_of_id]
    ref_columns = [table.children.column.id]
    on_delete   = SET_NULL
  }
}
