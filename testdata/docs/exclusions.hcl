# Constraint and index options: an exclusion constraint, a unique
# constraint that treats NULLs as equal, a deferrable primary key with
# INCLUDE columns, a NO INHERIT check, a MATCH FULL foreign key, index
# storage parameters and comments on constraints and indexes.
schema "public" {}

table "rooms" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "code" {
    type = text
    null = true
  }
  column "name" {
    type = text
  }

  primary_key {
    columns = [column.id]
    include = [column.name]
    comment = "Rooms by number"
  }

  unique "rooms_code_key" {
    columns        = [column.code]
    nulls_distinct = false
  }
}

table "bookings" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "room_id" {
    type = integer
  }
  column "starts_at" {
    type = timestamp
  }
  column "ends_at" {
    type = timestamp
  }
  column "cancelled" {
    type    = boolean
    default = false
  }

  primary_key {
    columns            = [column.id]
    deferrable         = true
    initially_deferred = true
  }

  index "bookings_starts_at" {
    type           = BRIN
    columns        = [column.starts_at]
    page_per_range = 32
    comment        = "Bookings arrive in time order"
  }
  index "bookings_room_id" {
    columns            = [column.room_id]
    storage_parameters = { fillfactor = 90 }
  }

  check "bookings_period" {
    expr       = "starts_at < ends_at"
    no_inherit = true
  }

  exclude "bookings_no_overlap" {
    where   = "NOT cancelled"
    comment = "A room is booked once at a time"
    on {
      column = column.room_id
      op     = "="
    }
    on {
      expr = "tsrange(starts_at, ends_at)"
      op   = "&&"
    }
  }

  foreign_key "bookings_room_fk" {
    columns     = [column.room_id]
    ref_columns = [table.rooms.column.id]
    on_delete   = CASCADE
    match       = FULL
  }
}
