# Names PostgreSQL accepts only quoted: spaces, quotes, capitals, unicode,
# reserved words, and exactly 63 bytes.
schema "My Schema" {}

table "Order Items" {
  schema  = schema["My Schema"]
  comment = "Quotes \" and dollars $${not_a_template} and backslashes \\"

  column "select" {
    type = integer
  }
  column "Größe" {
    type = text
  }
  column "it's \"quoted\"" {
    type = text
    null = true
  }
  column "a_column_name_of_exactly_sixty_three_bytes_which_is_the_maximum" {
    type = text
    null = true
  }
  column "1st" {
    type = integer
  }

  primary_key "Order Items pkey" {
    columns = [column.select, column["1st"]]
  }

  index "idx größe" {
    columns = [column["Größe"]]
  }

  check "it's positive" {
    expr = "\"select\" > 0"
  }
}
