schema "public" {}

table "counters" {
  schema = schema.public
  column "a" { type = bigint }
  column "b" {
    type = integer
    identity { generated = ALWAYS }
  }
  column "c" {
    type = integer
    identity { generated = ALWAYS }
  }
}
