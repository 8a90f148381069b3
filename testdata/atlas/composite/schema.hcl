# Written from Atlas's documented HCL for PostgreSQL composite types: a
# composite with fields of built-in and user types, used by a column.
schema "public" {}

enum "status" {
  schema = schema.public
  values = ["active", "inactive"]
}

composite "address" {
  schema = schema.public
  field "street" {
    type = text
  }
  field "city" {
    type = varchar(100)
  }
  field "status" {
    type = enum.status
  }
}

table "users" {
  schema = schema.public
  column "id" {
    null = false
    type = integer
  }
  column "home" {
    null = true
    type = composite.address
  }
  primary_key {
    columns = [column.id]
  }
}
