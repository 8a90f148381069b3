schema "public" {}

# citext and pg_trgm live in public (setup.sql): a view rendered against
# the declared tables still finds them.
table "people" {
  schema = schema.public
  column "id" { type = integer }
  column "email" { type = sql("citext") }
}
