schema "public" {}

table "accounts" {
  schema = schema.public
  column "id" { type = integer }
  column "email" { type = text }
  column "handle" { type = text }
  primary_key {
    columns = [column.id, column.email]
  }
  unique "accounts_email_key" { columns = [column.email] }
  unique "accounts_id_key" { columns = [column.id] }
}

table "logins" {
  schema = schema.public
  column "account_id" { type = integer }
  foreign_key "logins_account_fk" {
    columns     = [column.account_id]
    ref_columns = [table.accounts.column.id]
  }
}
