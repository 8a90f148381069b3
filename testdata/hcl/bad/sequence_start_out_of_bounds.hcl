# want: 6:15 Invalid sequence start
schema "public" {}

sequence "s" {
  schema    = schema.public
  start     = 5
  min_value = 10
}
