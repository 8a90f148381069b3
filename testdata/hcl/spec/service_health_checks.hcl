# The other half of the example in alert_events.hcl: the table that it
# references, declared in a file that sorts after it.
table "service_health_checks" {
  schema = schema.public

  column "id" {
    type    = uuid
    default = sql("gen_random_uuid()")
  }

  primary_key {
    columns = [column.id]
  }
}
