schema "public" {}

table "owners" {
  schema = schema.public
  column "id" { type = integer }
  column "tenant" { type = integer }
  primary_key { columns = [column.id, column.tenant] }
}

table "rooms" {
  schema = schema.public
  column "id" { type = integer }
  column "code" {
    type = text
    null = true
  }
  column "owner_id" {
    type = integer
    null = true
  }
  column "owner_tenant" {
    type = integer
    null = true
  }
  column "capacity" { type = integer }
  column "tags" {
    type = sql("tsvector")
    null = true
  }
  primary_key { columns = [column.id] }
  unique "rooms_code_key" { columns = [column.code] }
  check "rooms_capacity_check" { expr = "capacity > 0" }
  foreign_key "rooms_owner_fkey" {
    columns     = [column.owner_id, column.owner_tenant]
    ref_columns = [table.owners.column.id, table.owners.column.tenant]
  }
  index "rooms_capacity_idx" { columns = [column.capacity] }
  index "rooms_tags_idx" {
    type = GIN
    columns = [column.tags]
  }
}

table "bookings" {
  schema = schema.public
  column "id" { type = integer }
  column "room_id" { type = integer }
  column "starts_at" { type = timestamp }
  column "ends_at" { type = timestamp }
  column "cancelled" {
    type    = boolean
    default = false
  }
  primary_key { columns = [column.id] }
}
