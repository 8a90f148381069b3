schema "public" {}

table "labels" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "name" {
    type = text
  }
  column "code" {
    type    = text
    collate = "C"
  }
  column "slug" {
    type    = varchar(10)
    collate = "C"
  }
  column "legacy" {
    type    = text
    collate = "POSIX"
  }

  primary_key {
    columns = [column.id]
  }

  index "labels_code_idx" {
    columns = [column.code]
  }
}
