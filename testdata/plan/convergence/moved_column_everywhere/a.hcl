schema "public" {}

table "bookings" {
  schema           = schema.public
  replica_identity = index.bookings_code_idx

  column "id" { type = integer }
  column "code" { type = text }
  column "starts_at" { type = timestamp }
  column "ends_at" { type = timestamp }
  column "code_length" {
    type = integer
    as {
      expr = "char_length(code)"
      type = STORED
    }
  }

  primary_key {
    columns = [column.id]
    include = [column.code]
  }
  index "bookings_code_idx" {
    columns = [column.code]
    unique  = true
  }
  exclude "bookings_no_overlap" {
    type = GiST
    on {
      expr = "tsrange(starts_at, ends_at)"
      op   = "&&"
    }
    where = "code <> 'cancelled'"
  }
}
