schema "public" {}

table "pages" {
  schema = schema.public
  column "id" { type = integer }
  column "slug" { type = text }
  column "lang" { type = text }
  column "views" { type = integer }
  column "tags" { type = sql("text[]") }
  index "idx_pages_slug" {
    on {
      column = column.slug
      ops    = "text_pattern_ops"
    }
  }
  index "idx_pages_lang" {
    columns = [column.lang]
    type    = HASH
  }
  index "idx_pages_views" {
    columns = [column.views]
    where   = "views > 10 AND lang = 'en'"
  }
  index "idx_pages_cover" {
    columns = [column.id]
    include = [column.slug, column.lang]
  }
  index "idx_pages_expr" {
    on { expr = "upper(slug)" }
    on { expr = "(views + 1)" }
  }
  index "idx_pages_uniq" {
    columns = [column.id]
  }
  index "idx_pages_tags" {
    columns = [column.tags]
    type    = GIN
  }
  index "idx_pages_lang_views" {
    on {
      column      = column.lang
      nulls_first = true
    }
    on {
      column = column.views
      desc   = true
      nulls_first = false
    }
    unique = true
  }
}
