schema "public" {}

# The same operator classes by their bare names: "No changes".
table "words" {
  schema = schema.public
  column "id" { type = integer }
  column "word" { type = text }
  primary_key { columns = [column.id] }
  index "words_word_idx" {
    on {
      column = column.word
      ops    = my_text_ops
    }
  }
  index "words_pattern_idx" {
    on {
      column = column.word
      ops    = text_pattern_ops
    }
  }
}
