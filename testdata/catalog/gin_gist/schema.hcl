schema "public" {}

table "documents" {
  schema = schema.public
  column "id" { type = bigint }
  column "body" {
    type    = jsonb
    default = sql("'{}'::jsonb")
  }
  column "meta" {
    type = jsonb
    null = true
  }
  column "tags" {
    type    = sql("text[]")
    default = sql("'{}'::text[]")
  }
  column "search" {
    type = sql("tsvector")
    null = true
  }
  column "during" {
    type = sql("tstzrange")
    null = true
  }
  column "location" {
    type = sql("point")
    null = true
  }
  primary_key { columns = [column.id] }
  index "documents_body_path_idx" {
    type = GIN
    on {
      column = column.body
      ops    = jsonb_path_ops
    }
  }
  index "documents_meta_idx" {
    type    = GIN
    columns = [column.meta]
  }
  index "documents_tags_idx" {
    type    = GIN
    columns = [column.tags]
  }
  index "documents_search_idx" {
    type    = GIN
    columns = [column.search]
  }
  index "documents_during_idx" {
    type    = GIST
    columns = [column.during]
  }
  index "documents_location_idx" {
    type    = GIST
    columns = [column.location]
  }
}
