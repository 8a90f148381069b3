# want: 6:22 Reference to undeclared index
schema "public" {}

table "t" {
  schema           = schema.public
  replica_identity = index.t_emial_idx
  column "email" {
    type = text
  }
  index "t_email_idx" {
    unique  = true
    columns = [column.email]
  }
}
