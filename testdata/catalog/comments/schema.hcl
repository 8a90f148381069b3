schema "public" {}

table "alert_events" {
  schema  = schema.public
  comment = "One row per alert raised by the health prober"
  column "id" {
    type    = bigint
    comment = "Primary identifier"
  }
  column "message" {
    type    = text
    null    = true
    comment = "Human text: it's \"quoted\", has $${braces} and %%{percent}\nand a second line ✓"
  }
  column "details" {
    type = jsonb
    null = true
  }
}

table "no_comment" {
  schema = schema.public
  column "id" {
    type = bigint
    null = true
  }
}
