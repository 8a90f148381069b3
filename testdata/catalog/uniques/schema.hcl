schema "public" {}

table "accounts" {
  schema = schema.public
  column "id" { type = bigint }
  column "email" { type = text }
  column "tenant_id" { type = integer }
  column "slug" { type = text }
  primary_key { columns = [column.tenant_id, column.id] }
  unique "accounts_email_key" { columns = [column.email] }
  unique "accounts_tenant_slug_key" { columns = [column.slug, column.tenant_id] }
}
