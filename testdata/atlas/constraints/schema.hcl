# Written from Atlas's documented PostgreSQL HCL for constraints and
# indexes: exclude blocks (on { column | expr, op }), unique indexes with
# nulls_distinct = false, BRIN page_per_range, operator classes with
# parameters given as sql(...), index types in Atlas's casing (GiST), a
# primary key with include. deferrable, initially_deferred, match and
# no_inherit are schemactl's spelling (docs/hcl.md).
schema "public" {}

table "rooms" {
  schema = schema.public
  column "id" {
    null = false
    type = integer
  }
  column "name" {
    null = false
    type = varchar(100)
  }
  column "code" {
    null = true
    type = text
  }
  column "description" {
    null = true
    type = sql("tsvector")
  }
  primary_key {
    columns = [column.id]
    include = [column.name]
  }
  index "rooms_code_key" {
    unique         = true
    columns        = [column.code]
    nulls_distinct = false
  }
  index "rooms_description_idx" {
    type = GiST
    on {
      column = column.description
      ops    = sql("tsvector_ops(siglen=8)")
    }
  }
}

table "bookings" {
  schema = schema.public
  column "id" {
    null = false
    type = integer
  }
  column "room_id" {
    null = false
    type = integer
  }
  column "starts_at" {
    null = false
    type = timestamp
  }
  column "ends_at" {
    null = false
    type = timestamp
  }
  column "cancelled" {
    null    = false
    type    = boolean
    default = false
  }
  primary_key {
    columns = [column.id]
  }
  foreign_key "bookings_room_fk" {
    columns     = [column.room_id]
    ref_columns = [table.rooms.column.id]
    on_delete   = CASCADE
    match       = FULL
    deferrable  = true
  }
  check "bookings_period" {
    expr       = "starts_at < ends_at"
    no_inherit = true
  }
  index "bookings_starts_at_brin" {
    type           = BRIN
    columns        = [column.starts_at]
    page_per_range = 32
  }
  exclude "bookings_no_overlap" {
    type = GIST
    on {
      column = column.room_id
      op     = "="
    }
    on {
      expr = "tsrange(starts_at, ends_at)"
      op   = "&&"
    }
    where = "NOT cancelled"
  }
}
