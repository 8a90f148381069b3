# want: 2:6 Unsupported data source
data "view" "active_users" {
  schema = "auth"
}
