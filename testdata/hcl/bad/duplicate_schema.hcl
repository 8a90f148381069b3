# want: 3:8 Duplicate schema
schema "public" {}
schema "public" {}
