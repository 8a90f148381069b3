# want: 12:17 Invalid name
schema "public" {}

table "t" {
  schema = schema.public
  column "name" {
    type = text
  }
  index "t_name_idx" {
    on {
      column  = column.name
      collate = ""
    }
  }
}
