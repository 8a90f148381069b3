schema "public" {}

extension "btree_gist" {
  schema  = schema.public
  version = "1.7"
}

table "accounts" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "email" {
    type = text
    null = true
  }
  column "region" {
    type = text
    null = true
  }

  primary_key {
    columns            = [column.id]
    include            = [column.region]
    deferrable         = true
    initially_deferred = true
    comment            = "Checked at commit"
  }

  index "accounts_lower_email" {
    unique         = true
    nulls_distinct = false
    comment        = "One address, whatever its case"
    on {
      expr = "lower(email)"
    }
  }

  unique "accounts_email_key" {
    columns        = [column.email]
    nulls_distinct = false
  }
  unique "accounts_region_key" {
    columns    = [column.region, column.email]
    deferrable = true
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
  column "note" {
    type = sql("tsvector")
    null = true
  }

  primary_key {
    columns = [column.id]
  }

  index "bookings_note" {
    type = GIST
    on {
      column = column.note
      ops    = "tsvector_ops(siglen=8)"
    }
  }
  index "bookings_note_gin" {
    type    = GIN
    columns = [column.note]
    storage_parameters = {
      fastupdate             = false
      gin_pending_list_limit = 128
    }
  }
  index "bookings_room" {
    columns = [column.room_id]
    storage_parameters = {
      deduplicate_items = "off"
      fillfactor        = 80
    }
  }
  index "bookings_starts_brin" {
    type    = BRIN
    columns = [column.starts_at]
    storage_parameters = {
      pages_per_range = 32
    }
  }

  exclude "bookings_no_overlap" {
    where              = "NOT cancelled"
    deferrable         = true
    initially_deferred = true
    comment            = "A room is booked once at a time"
    on {
      column = column.room_id
      op     = "="
    }
    on {
      expr = "tsrange(starts_at, ends_at)"
      op   = "&&"
    }
  }
  exclude "bookings_same_start" {
    include = [column.ends_at]
    storage_parameters = {
      fillfactor = 70
    }
    on {
      column = column.room_id
      op     = "="
    }
    on {
      column = column.starts_at
      op     = "="
    }
  }
}

table "owners" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "tenant" {
    type = integer
  }

  primary_key {
    columns = [column.id, column.tenant]
  }
}

table "rooms" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "owner_id" {
    type = integer
    null = true
  }
  column "owner_tenant" {
    type = integer
    null = true
  }
  column "capacity" {
    type = integer
  }

  primary_key {
    columns = [column.id]
  }

  check "rooms_capacity_check" {
    expr       = "capacity > 0"
    no_inherit = true
    comment    = "No empty rooms"
  }

  foreign_key "rooms_owner_fkey" {
    columns     = [column.owner_id, column.owner_tenant]
    ref_columns = [table.owners.column.id, table.owners.column.tenant]
    on_delete   = CASCADE
    match       = FULL
    deferrable  = true
    comment     = "Both columns or neither"
  }
}
