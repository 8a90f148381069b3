schema "public" {}
schema "ops" {}

enum "phase" {
  schema = schema.ops
  values = ["alpha", "beta", "ga"]
}

table "releases" {
  schema = schema.ops
  column "id" { type = integer }
  column "phase" {
    type    = enum.phase
    default = sql("'alpha'::ops.phase")
  }
  check "releases_phase_check" { expr = "(phase = ANY (ARRAY['beta'::ops.phase, 'ga'::ops.phase]))" }
  index "idx_releases_ga" {
    columns = [column.id]
    where   = "(phase = 'ga'::ops.phase)"
  }
}
