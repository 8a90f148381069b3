# Written from Atlas's documented HCL for generated columns: an as block
# with the expression and type = STORED (PostgreSQL stores them).
schema "public" {}

table "users" {
  schema = schema.public
  column "id" {
    null = false
    type = integer
  }
  column "first_name" {
    null = false
    type = varchar(100)
  }
  column "last_name" {
    null = false
    type = varchar(100)
  }
  column "full_name" {
    null = true
    type = text
    as {
      expr = "(first_name)::text || ' ' || (last_name)::text"
      type = STORED
    }
  }
  column "price" {
    null = false
    type = integer
  }
  column "price_with_tax" {
    null = true
    type = numeric(12, 2)
    as {
      expr = "price * 1.17"
      type = STORED
    }
  }
  primary_key {
    columns = [column.id]
  }
}
