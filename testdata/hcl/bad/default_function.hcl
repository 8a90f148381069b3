# want: 8:15 Invalid default
schema "public" {}

table "t" {
  schema = schema.public
  column "at" {
    type    = timestamptz
    default = now()
  }
}
