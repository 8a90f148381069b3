schema "public" {}

table "alert_events" {
  schema = schema.public

  column "message" {
    type = texx
  }
  column "created_at" {
    type    = timestamptz
    default = now()
  }
}
