# want: 19:18 Invalid reference
schema "public" {}

table "posts" {
  schema = schema.public
  column "id" { type = int }
}

function "touch" {
  schema = schema.public
  lang   = PLpgSQL
  return = trigger
  as     = "BEGIN RETURN NEW; END"
}

trigger "t" {
  on = table.posts
  before {
    update_of = [column.missing]
  }
  execute {
    function = function.touch
  }
}
