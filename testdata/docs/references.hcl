# References across schemas, a table name used in two schemas, and names
# that are not HCL identifiers.
schema "billing" {}

schema "crm" {}

schema "Sales Data" {}

enum "currency" {
  schema = schema.billing
  values = ["EUR", "USD"]
}

table "crm" "accounts" {
  schema = schema.crm

  column "id" {
    type = uuid
  }

  primary_key {
    columns = [column.id]
  }
}

table "billing" "accounts" {
  schema = schema.billing

  column "id" {
    type = uuid
  }
  column "crm_account_id" {
    type = uuid
  }
  column "currency" {
    type = enum.currency
  }

  primary_key {
    columns = [column.id]
  }

  foreign_key "accounts_crm_account_id_fkey" {
    columns     = [column.crm_account_id]
    ref_columns = [table.crm.accounts.column.id]
  }
}

table "Order Items" {
  schema  = schema["Sales Data"]
  comment = "Quotes \" and backslashes \\ are escaped; $${literal} is not a template"

  column "1st" {
    type = integer
  }
  column "select" {
    type = text
  }
  column "account" {
    type = uuid
  }
  column "price currency" {
    type = enum.billing.currency
  }

  primary_key "Order Items pkey" {
    columns = [column["1st"]]
  }

  index "Order Items by select" {
    columns = [column.select]
  }
  foreign_key "Order Items account" {
    columns     = [column.account]
    ref_columns = [table.billing.accounts.column.id]
  }
}
