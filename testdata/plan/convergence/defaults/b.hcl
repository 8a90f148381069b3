schema "public" {}

table "jobs" {
  schema = schema.public
  column "id" { type = integer }
  column "status" {
    type    = text
    default = "pending"
  }
  column "attempts" {
    type    = integer
    default = 0
  }
  column "created_at" {
    type    = timestamptz
    default = sql("CURRENT_TIMESTAMP")
  }
  column "note" { type = varchar(100) }
}
