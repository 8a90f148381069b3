# want: 9:5 Nullable identity column
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = bigint
    null = true
    identity {
      generated = ALWAYS
    }
  }
}
