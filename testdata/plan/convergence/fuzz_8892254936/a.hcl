# Found by TestConvergenceFuzz (seed 8892254936): an enum with a 63-byte
# name is replaced (a value removed). The old type's temporary name must
# fit in 63 bytes too, or PostgreSQL cuts it back to the enum's own name.
schema "public" {}

enum "e3_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
  schema = schema.public
  values = ["v4", "v5", "v6"]
}

table "t7" {
  schema = schema.public

  column "c8" {
    type = enum.e3_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
  }
}
