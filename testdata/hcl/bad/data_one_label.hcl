# want: 2:1 Wrong number of labels on data block
data "auth_users" {
  schema = "auth"
}
