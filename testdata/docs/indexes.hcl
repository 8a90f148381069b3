# Indexes: plain, unique, partial, on expressions, descending, with an
# operator class, with INCLUDE columns, other access methods, and one built
# CONCURRENTLY.
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

  primary_key {
    columns = [column.id]
  }

  index "documents_owner_idx" {
    columns = [column.owner]
  }
  index "documents_lower_title_key" {
    unique = true
    on {
      expr = "lower(title)"
    }
  }
  index "documents_owner_published_idx" {
    include = [column.title]
    where   = "published_at IS NOT NULL"
    on {
      column = column.owner
      ops    = text_pattern_ops
    }
    on {
      column      = column.published_at
      desc        = true
      nulls_first = false
    }
  }
  index "documents_body_idx" {
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
  index "documents_title_idx" {
    columns      = [column.title]
    concurrently = true
  }
}
