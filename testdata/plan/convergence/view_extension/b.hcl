schema "public" {}

# citext and pg_trgm live in public (setup.sql): a view rendered against
# the declared tables still finds them.
table "people" {
  schema = schema.public
  column "id" { type = integer }
  column "email" { type = sql("citext") }
}

view "emails" {
  schema = schema.public
  as     = "SELECT id, lower(email) AS e, similarity(email::text, 'a') AS s FROM people"
}
