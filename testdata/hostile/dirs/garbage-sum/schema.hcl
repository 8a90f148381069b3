schema "dir_garbage_sum" {}

table "dir_garbage_sum" "t" {
  schema = schema.dir_garbage_sum
  column "id" { type = integer }
  column "note" {
    type = text
    null = true
  }
}
