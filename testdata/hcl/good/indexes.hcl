# Every index option.
schema "public" {}

table "documents" {
  schema = schema.public

  column "id" {
    type = bigint
  }
  column "owner" {
    type = text
  }
  column "title" {
    type = text
  }
  column "body" {
    type = jsonb
  }
  column "published_at" {
    type = timestamptz
    null = true
  }
  column "location" {
    type = sql("point")
    null = true
  }

  primary_key {
    columns = [column.id]
  }

  index "documents_body_idx" {
    type    = GIN
    columns = [column.body]
  }
  index "documents_body_path_idx" {
    type = GIN
    on {
      column = column.body
      ops    = jsonb_path_ops
    }
  }
  index "documents_id_brin" {
    type    = BRIN
    columns = [column.id]
  }
  index "documents_location_idx" {
    type    = GIST
    columns = [column.location]
  }
  index "documents_lower_title_idx" {
    unique       = true
    concurrently = true
    on {
      expr = "lower(title)"
    }
  }
  index "documents_owner_hash" {
    type    = HASH
    columns = [column.owner]
  }
  index "documents_owner_published_idx" {
    include = [column.title]
    where   = "published_at IS NOT NULL"
    on {
      column = column.owner
      ops    = "text_pattern_ops"
    }
    on {
      column      = column.published_at
      desc        = true
      nulls_first = false
    }
  }
  index "documents_published_nulls_first" {
    on {
      column      = column.published_at
      nulls_first = true
    }
  }
  index "documents_title_owner_key" {
    unique  = true
    columns = [column.title, column.owner]
  }
}
