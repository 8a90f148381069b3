schema "public" {}

table "owners" {
  schema = schema.public
  column "id" { type = integer }
  column "tenant" { type = integer }
  primary_key {
    columns = [column.id, column.tenant]
    comment = "Owners per tenant"
  }
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
  primary_key {
    columns    = [column.id]
    include    = [column.capacity]
    deferrable = true
  }
  unique "rooms_code_key" {
    columns        = [column.code]
    nulls_distinct = false
    comment        = "One room without a code"
  }
  check "rooms_capacity_check" {
    expr       = "capacity > 0"
    no_inherit = true
    comment    = "No empty rooms"
  }
  foreign_key "rooms_owner_fkey" {
    columns            = [column.owner_id, column.owner_tenant]
    ref_columns        = [table.owners.column.id, table.owners.column.tenant]
    match              = FULL
    deferrable         = true
    initially_deferred = true
    comment            = "Both or neither"
  }
  index "rooms_capacity_idx" {
    columns            = [column.capacity]
    storage_parameters = { fillfactor = 70 }
    comment            = "For the capacity search"
  }
  index "rooms_tags_idx" {
    type               = gin
    columns            = [column.tags]
    storage_parameters = { fastupdate = false }
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
  exclude "bookings_no_overlap" {
    type = GiST
    on {
      column = column.room_id
      op     = "="
    }
    on {
      expr = "tsrange(starts_at,ends_at)"
      op   = "&&"
    }
    where              = "NOT cancelled"
    deferrable         = true
    initially_deferred = true
    comment            = "A room is booked once at a time"
  }
}
