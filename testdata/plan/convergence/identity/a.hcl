schema "public" {}

table "counters" {
  schema = schema.public
  column "a" {
    type = bigint
    identity { generated = ALWAYS }
  }
  column "b" { type = integer }
  column "c" {
    type = integer
    identity { generated = BY_DEFAULT }
  }
}
