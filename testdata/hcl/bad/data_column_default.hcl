# want: 6:5 Unsupported argument
data "table" "auth_users" {
  schema = "auth"
  column "id" {
    type    = uuid
    default = sql("gen_random_uuid()")
  }
}
