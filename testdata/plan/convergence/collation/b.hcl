schema "public" {}

table "labels" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "name" {
    type    = text
    collate = "C"
  }
  column "code" {
    type    = text
    collate = "POSIX"
  }
  column "slug" {
    type    = varchar(20)
    collate = "C"
  }
  column "legacy" {
    type = text
  }

  primary_key {
    columns = [column.id]
  }

  index "labels_code_idx" {
    columns = [column.code]
  }
}
