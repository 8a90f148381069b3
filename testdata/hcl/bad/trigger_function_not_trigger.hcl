# want: 22:16 Invalid trigger function
schema "public" {}

table "posts" {
  schema = schema.public
  column "id" { type = int }
}

function "not_a_trigger" {
  schema = schema.public
  lang   = SQL
  return = int
  as     = "SELECT 1"
}

trigger "t" {
  on = table.posts
  before {
    update = true
  }
  execute {
    function = function.not_a_trigger
  }
}
