# Atlas's extension block, with the comment Atlas's inspect writes (read
# and ignored: the extension sets its own), and a column of its type.
schema "public" {}

extension "citext" {
  schema  = schema.public
  version = "1.6"
  comment = "data type for case-insensitive character strings"
}

extension "pgcrypto" {
  schema = schema.public
}

table "users" {
  schema = schema.public
  column "id" {
    type    = uuid
    default = sql("gen_random_uuid()")
  }
  column "email" {
    type = sql("citext")
  }
  column "salt" {
    type    = bytea
    default = sql("gen_random_bytes(16)")
  }
  primary_key {
    columns = [column.id]
  }
}
