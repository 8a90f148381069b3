# want: 8:5 Unsupported argument
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = integer
    nul  = true
  }
}
