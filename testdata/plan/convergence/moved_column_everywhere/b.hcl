schema "public" {}

table "bookings" {
  schema           = schema.public
  replica_identity = index.bookings_reference_key

  column "id" { type = integer }
  column "reference" { type = text }
  column "starts_at" { type = timestamp }
  column "ends_at" { type = timestamp }
  column "code_length" {
    type = integer
    as {
      expr = "char_length(reference)"
      type = STORED
    }
  }

  primary_key {
    columns = [column.id]
    include = [column.reference]
  }
  index "bookings_reference_key" {
    columns = [column.reference]
    unique  = true
  }
  exclude "bookings_no_overlapping_stays" {
    type = GiST
    on {
      expr = "tsrange(starts_at, ends_at)"
      op   = "&&"
    }
    where = "reference <> 'cancelled'"
  }
}

moved {
  from = table.bookings.column.code
  to   = table.bookings.column.reference
}
moved {
  from = table.bookings.index.bookings_code_idx
  to   = table.bookings.index.bookings_reference_key
}
moved {
  from = table.bookings.exclude.bookings_no_overlap
  to   = table.bookings.exclude.bookings_no_overlapping_stays
}
