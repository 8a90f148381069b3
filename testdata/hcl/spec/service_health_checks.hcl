# The other half of the SPEC §2 example: the table that alert_events.hcl
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
