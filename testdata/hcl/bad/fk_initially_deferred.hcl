# want: 13:5 Invalid foreign key
schema "public" {}

table "t" {
  schema = schema.public
  column "id" {
    type = integer
  }
  primary_key { columns = [column.id] }
  foreign_key "t_self_fkey" {
    columns            = [column.id]
    ref_columns        = [column.id]
    initially_deferred = true
  }
}
