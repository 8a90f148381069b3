schema "public" {}

table "members" {
  schema = schema.public
  column "id" { type = integer }
  column "org" { type = integer }
  column "email" { type = text }
  column "name" {
    type = text
    null = true
  }
  primary_key { columns = [column.id] }
  unique "members_org_email_key" {
    columns = [column.org, column.email]
    include = [column.name]
  }
  unique "members_email_key" {
    columns = [column.email]
  }
  unique "members_name_key" {
    columns = [column.name]
    include = [column.id, column.org]
  }
}
