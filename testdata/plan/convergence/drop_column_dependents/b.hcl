schema "public" {}

table "accounts" {
  schema = schema.public
  column "id" { type = integer }
  column "owner" { type = text }
  primary_key { columns = [column.id] }
  row_security { enabled = true }
}

policy "accounts_owner" {
  on    = table.accounts
  to    = ["authenticated"]
  using = "owner = current_user"
}
