# want: 11:19 Invalid number
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = bigint
    identity {
      generated = ALWAYS
      start     = 10
      increment = 0
    }
  }
}
