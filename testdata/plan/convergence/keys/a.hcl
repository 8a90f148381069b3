schema "public" {}

table "accounts" {
  schema = schema.public
  column "id" { type = integer }
  column "email" { type = text }
  column "handle" { type = text }
  primary_key { columns = [column.id] }
  unique "accounts_handle_key" { columns = [column.handle] }
}

table "logins" {
  schema = schema.public
  column "account_id" { type = integer }
  foreign_key "logins_account_fk" {
    columns     = [column.account_id]
    ref_columns = [table.accounts.column.id]
  }
}
