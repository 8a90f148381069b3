schema "public" {}

table "pages" {
  schema = schema.public
  column "id" { type = integer }
  column "slug" { type = text }
  column "lang" { type = text }
  column "views" { type = integer }
  column "tags" { type = sql("text[]") }
  index "idx_pages_slug" { columns = [column.slug] }
  index "idx_pages_lang" { columns = [column.lang] }
  index "idx_pages_views" {
    columns = [column.views]
    where   = "views > 0"
  }
  index "idx_pages_cover" {
    columns = [column.id]
    include = [column.slug]
  }
  index "idx_pages_expr" {
    on { expr = "lower(slug)" }
  }
  index "idx_pages_uniq" {
    unique  = true
    columns = [column.id]
  }
  index "idx_pages_tags" {
    columns = [column.tags]
    type    = GIN
  }
  index "idx_pages_gone" { columns = [column.views] }
}
