# Columns of the built-in types that have keywords dropped and added on a
# table with rows: the drop is a data loss, the nullable adds are not.
schema "public" {}

table "places" {
  schema = schema.public
  column "id" { type = int }
  column "spot" { type = point }
  column "area" {
    type = box
    null = true
  }
  column "mask" {
    type = bit_varying(16)
    null = true
  }
  column "mac" {
    type = macaddr8
    null = true
  }
  column "taken" {
    type = datemultirange
    null = true
  }
  column "seen" {
    type = timestamptz(3)
    null = true
  }
  primary_key {
    columns = [column.id]
  }
}
