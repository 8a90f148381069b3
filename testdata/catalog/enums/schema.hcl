schema "public" {}
schema "billing" {}

enum "alert_severity" {
  schema = schema.public
  values = ["debug", "info", "warning", "critical"]
}
enum "plan" {
  schema = schema.billing
  values = ["free", "pro", "enterprise"]
}
enum "Mood" {
  schema = schema.public
  values = ["sad", "ok", "happy", "it's complicated"]
}
enum "unused_enum" {
  schema = schema.public
  values = ["only"]
}

table "alert_events" {
  schema = schema.public
  column "id" { type = bigint }
  column "severity" {
    type    = enum.alert_severity
    default = sql("'info'::alert_severity")
  }
  column "history" {
    type    = sql("alert_severity[]")
    default = sql("'{}'::alert_severity[]")
  }
  column "mood" {
    type = enum.Mood
    null = true
  }
  column "plan" {
    type    = enum.billing.plan
    default = sql("'free'::billing.plan")
  }
  column "plans" {
    type = sql("billing.plan[]")
    null = true
  }
}

table "accounts" {
  schema = schema.billing
  column "id" { type = bigint }
  column "plan" { type = enum.plan }
  column "severity" {
    type = enum.public.alert_severity
    null = true
  }
}
