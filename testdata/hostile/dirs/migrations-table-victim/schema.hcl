schema "dir_victim_table" {}

table "dir_victim_table" "t" {
  schema = schema.dir_victim_table
  column "id" { type = integer }
  column "note" {
    type = text
    null = true
  }
}
