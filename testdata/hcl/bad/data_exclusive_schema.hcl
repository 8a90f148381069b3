# want: 6:14 Data table in an exclusive schema
schema "app" {
  exclusive = true
}

data "table" "accounts" {
  schema = schema.app
  column "id" {
    type = uuid
  }
}
