schema "public" {}

table "service_health_checks" {
  schema = schema.public
  column "id" {
    type    = uuid
    default = sql("gen_random_uuid()")
  }
  column "service_name" { type = text }
  column "latency_ms" {
    type = integer
    null = true
  }
  column "healthy" {
    type    = boolean
    default = sql("true")
  }
  column "checked_at" {
    type    = timestamptz
    default = sql("now()")
  }
  primary_key { columns = [column.id] }
}
