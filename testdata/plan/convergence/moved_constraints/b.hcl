schema "public" {}

table "accounts" {
  schema = schema.public
  column "id" { type = integer }
  column "code" { type = text }
  column "balance" { type = numeric(12, 2) }
  primary_key "accounts_pkey" { columns = [column.id] }
  unique "accounts_code_key" { columns = [column.code] }
  check "accounts_balance_check" { expr = "balance >= 0" }
}

table "transfers" {
  schema = schema.public
  column "id" { type = integer }
  column "account_code" { type = text }
  column "account_id" { type = integer }
  foreign_key "transfers_account_code_fkey" {
    columns     = [column.account_code]
    ref_columns = [table.accounts.column.code]
  }
  foreign_key "transfers_account_id_fkey" {
    columns     = [column.account_id]
    ref_columns = [table.accounts.column.id]
  }
}

moved {
  from = table.accounts.primary_key.accounts_pk
  to   = table.accounts.primary_key.accounts_pkey
}
moved {
  from = table.accounts.unique.accounts_code_uq
  to   = table.accounts.unique.accounts_code_key
}
moved {
  from = table.accounts.check.balance_positive
  to   = table.accounts.check.accounts_balance_check
}
moved {
  from = table.transfers.foreign_key.transfers_account_code_fk
  to   = table.transfers.foreign_key.transfers_account_code_fkey
}
moved {
  from = table.transfers.foreign_key.transfers_account_id_fk
  to   = table.transfers.foreign_key.transfers_account_id_fkey
}
