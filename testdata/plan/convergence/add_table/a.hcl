schema "public" {}

table "users" {
  schema = schema.public
  column "id" {
    type = uuid
    default = sql("gen_random_uuid()")
  }
  primary_key { columns = [column.id] }
}
