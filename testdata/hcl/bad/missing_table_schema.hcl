# want: 4:1 Missing required argument
schema "public" {}

table "t" {
  column "id" {
    type = integer
  }
}
