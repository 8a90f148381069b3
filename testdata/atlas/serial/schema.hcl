# Written from Atlas's documented HCL for serial columns: serial,
# bigserial and smallserial, each an integer column with a sequence of its
# own.
schema "public" {}

table "events" {
  schema = schema.public
  column "id" {
    null = false
    type = bigserial
  }
  column "seq" {
    null = false
    type = serial
  }
  column "small" {
    null = false
    type = smallserial
  }
  primary_key {
    columns = [column.id]
  }
}
