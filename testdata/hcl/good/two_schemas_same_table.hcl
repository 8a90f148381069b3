# A table name declared in two schemas: both use two labels and are
# referenced table.SCHEMA.NAME.
schema "billing" {}

schema "crm" {}

table "billing" "accounts" {
  schema = schema.billing

  column "id" {
    type = uuid
  }
  column "crm_account_id" {
    type = uuid
  }

  primary_key {
    columns = [column.id]
  }

  foreign_key "accounts_crm_account_id_fkey" {
    columns     = [column.crm_account_id]
    ref_columns = [table.crm.accounts.column.id]
    on_delete   = RESTRICT
  }
}

table "crm" "accounts" {
  schema = schema.crm

  column "id" {
    type = uuid
  }

  primary_key {
    columns = [column.id]
  }

  row_security {
    enabled = true
  }
}

policy "accounts_owner" {
  on    = table.crm.accounts
  for   = SELECT
  to    = ["authenticated"]
  using = "true"
}
