# Found by TestConvergenceFuzz (seed 72): a nullable column becomes an
# identity column. ADD GENERATED needs the column NOT NULL in its own
# transaction, so SET NOT NULL cannot wait for the autocommit steps that
# validate a NOT VALID check.
schema "public" {}

table "t5" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "my c8" {
    type = bigint
    null = true
  }
}
