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
    default = "alpha"
  }
  check "releases_phase_check" { expr = "phase IN ('beta', 'ga')" }
  index "idx_releases_ga" {
    columns = [column.id]
    where   = "phase = 'ga'"
  }
}
