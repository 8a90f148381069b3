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
    columns     = [column.region_id]
    ref_columns = [table.regions.column.id]
    on_delete   = CASCADE
  }
  foreign_key "shops_gone_fk" {
    columns     = [column.region_id]
    ref_columns = [table.regions.column.id]
  }
}
