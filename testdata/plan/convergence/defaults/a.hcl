schema "public" {}

table "jobs" {
  schema = schema.public
  column "id" { type = integer }
  column "status" {
    type    = text
    default = "queued"
  }
  column "attempts" { type = integer }
  column "created_at" {
    type    = timestamptz
    default = sql("now()")
  }
  column "note" {
    type    = varchar(100)
    default = "none"
  }
}
