schema "public" {}

table "audit" {
  schema           = schema.public
  replica_identity = FULL

  column "id" {
    type = bigint
  }

  primary_key {
    columns = [column.id]
  }
}

table "queue" {
  schema = schema.public

  column "id" {
    type = bigint
  }
}

table "accounts" {
  schema           = schema.public
  replica_identity = index.accounts_code_idx

  column "id" {
    type = bigint
  }
  column "code" {
    type = text
  }
  column "note" {
    type = text
  }

  index "accounts_code_idx" {
    unique  = true
    columns = [column.code]
  }
}
