# want: 6:22 Invalid keyword
schema "public" {}

table "t" {
  schema           = schema.public
  replica_identity = FULLL
  column "n" {
    type = integer
  }
}
