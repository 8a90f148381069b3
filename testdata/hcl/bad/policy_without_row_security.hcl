# want-warning: 10:8 Policy on a table without row security
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = integer
  }
}
policy "t_all" {
  on    = table.t
  to    = ["authenticated"]
  using = "true"
}
