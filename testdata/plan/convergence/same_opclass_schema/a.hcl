schema "public" {}

# The operator class named with its schema: the catalog reads it bare.
table "words" {
  schema = schema.public
  column "id" { type = integer }
  column "word" { type = text }
  primary_key { columns = [column.id] }
  index "words_word_idx" {
    on {
      column = column.word
      ops    = "public.my_text_ops"
    }
  }
  index "words_pattern_idx" {
    on {
      column = column.word
      ops    = "pg_catalog.text_pattern_ops"
    }
  }
}
