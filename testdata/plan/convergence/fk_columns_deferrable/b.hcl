schema "public" {}

table "regions" {
  schema = schema.public
  column "id" { type = integer }
  column "country" { type = text }
  column "code" { type = text }
  primary_key { columns = [column.id] }
  unique "regions_country_code_key" { columns = [column.country, column.code] }
}

table "shops" {
  schema = schema.public
  column "id" { type = integer }
  column "region_id" { type = integer }
  column "country" { type = text }
  column "code" { type = text }
  foreign_key "shops_region_fk" {
    columns            = [column.country, column.code]
    ref_columns        = [table.regions.column.country, table.regions.column.code]
    on_delete          = RESTRICT
    on_update          = CASCADE
    deferrable         = true
    initially_deferred = true
  }
}
