# want: 5:8 Invalid import target
schema "public" {}

import {
  to = data.table.auth_users
}

data "table" "auth_users" {
  schema = "auth"
  name   = "users"
  column "id" {
    type = uuid
  }
}
