# want: 11:14 Duplicate data table
schema "public" {}

data "table" "users" {
  schema = "auth"
  column "id" {
    type = uuid
  }
}

data "table" "users" {
  schema = "legacy"
  column "id" {
    type = bigint
  }
}
