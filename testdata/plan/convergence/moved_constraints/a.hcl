schema "public" {}

table "accounts" {
  schema = schema.public
  column "id" { type = integer }
  column "code" { type = text }
  column "balance" { type = numeric(12, 2) }
  primary_key "accounts_pk" { columns = [column.id] }
  unique "accounts_code_uq" { columns = [column.code] }
  check "balance_positive" { expr = "balance >= 0" }
}

table "transfers" {
  schema = schema.public
  column "id" { type = integer }
  column "account_code" { type = text }
  column "account_id" { type = integer }
  foreign_key "transfers_account_code_fk" {
    columns     = [column.account_code]
    ref_columns = [table.accounts.column.code]
  }
  foreign_key "transfers_account_id_fk" {
    columns     = [column.account_id]
    ref_columns = [table.accounts.column.id]
  }
}
