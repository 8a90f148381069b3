# want: 6:22 Invalid replica identity
schema "public" {}

table "t" {
  schema           = schema.public
  replica_identity = index.t_email_idx
  column "email" {
    type = text
    null = true
  }
  index "t_email_idx" {
    unique  = true
    columns = [column.email]
  }
}
