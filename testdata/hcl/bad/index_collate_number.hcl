# want: 12:17 Incorrect attribute value type
schema "public" {}

table "t" {
  schema = schema.public
  column "name" {
    type = text
  }
  index "t_name_idx" {
    on {
      column  = column.name
      collate = 5
    }
  }
}
