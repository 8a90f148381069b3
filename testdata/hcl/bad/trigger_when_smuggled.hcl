# want: 18:10 Invalid SQL expression
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
  on   = table.posts
  when = "true); DROP TABLE posts; --"
  after {
    insert = true
  }
  execute {
    function = function.touch
  }
}
