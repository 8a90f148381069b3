# want: 15:28 Invalid storage parameter
schema "public" {}

table "t" {
  schema = schema.public
  column "a" {
    type = integer
  }
  column "b" {
    type = text
    null = true
  }
  index "t_b_idx" {
    columns            = [column.b]
    storage_parameters = { "FillFactor!" = 70 }
  }
}
