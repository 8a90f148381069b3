# want: 4:1 Unsupported block type
schema "public" {}

column "id" {
  type = integer
}
