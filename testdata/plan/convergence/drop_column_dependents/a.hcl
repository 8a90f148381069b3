schema "public" {}

table "accounts" {
  schema = schema.public
  column "id" { type = integer }
  column "owner" { type = text }
  column "region" { type = text }
  column "score" { type = integer }
  primary_key { columns = [column.id] }
  check "accounts_score_check" { expr = "score >= 0" }
  check "accounts_region_check" { expr = "region <> ''" }
  index "idx_accounts_region" { columns = [column.region] }
  index "idx_accounts_owner_score" {
    columns = [column.owner]
    where   = "score > 10"
  }
  unique "accounts_region_key" { columns = [column.region, column.id] }
  row_security { enabled = true }
}

policy "accounts_owner" {
  on    = table.accounts
  to    = ["authenticated"]
  using = "owner = current_user AND score > 0"
}

policy "accounts_region" {
  on    = table.accounts
  for   = SELECT
  to    = ["anon"]
  using = "region = 'eu'"
}
