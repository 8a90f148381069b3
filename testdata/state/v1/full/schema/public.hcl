# A shared schema: every index option, row-level security with policies of
# every command and kind, comments, types and a cross-schema foreign key.
schema "public" {}

enum "mood" {
  schema = schema.public
  values = ["sad", "ok", "happy"]
}

table "documents" {
  schema  = schema.public
  comment = "Documents, indexed every way"

  column "id" {
    type = bigint
  }
  column "tenant_id" {
    type = integer
  }
  column "owner" {
    type = text
  }
  column "title" {
    type    = varchar(500)
    comment = "Shown in lists"
  }
  column "body" {
    type = jsonb
  }
  column "tags" {
    type    = sql("text[]")
    default = sql("'{}'::text[]")
  }
  column "mood" {
    type = enum.mood
    null = true
  }
  column "published_at" {
    type = sql("timestamptz(3)")
    null = true
  }
  column "location" {
    type = sql("point")
    null = true
  }
  column "ratio" {
    type = double_precision
    null = true
  }

  primary_key {
    columns = [column.id]
  }

  check "documents_title_check" {
    expr = "length(title) > 0 AND title <> 'x'"
  }

  foreign_key "documents_tenant_fkey" {
    columns     = [column.tenant_id]
    ref_columns = [table.tenants.column.id]
    on_delete   = NO_ACTION
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
      expr = "lower((title)::text)"
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

  row_security {
    enabled = true
    forced  = true
  }
}

policy "documents_all" {
  on    = table.documents
  for   = ALL
  to    = ["service_role"]
  using = "true"
  check = "true"
}

policy "documents_delete" {
  on    = table.documents
  for   = DELETE
  to    = ["authenticated"]
  using = "owner = current_user"
}

policy "documents_insert" {
  on    = table.documents
  for   = INSERT
  to    = ["authenticated"]
  check = "owner = current_user"
}

policy "documents_public_read" {
  on    = table.documents
  for   = SELECT
  to    = ["PUBLIC"]
  using = "published_at IS NOT NULL"
}

policy "documents_restrict" {
  on    = table.documents
  for   = UPDATE
  as    = RESTRICTIVE
  to    = ["anon", "authenticated"]
  using = "owner = current_user"
  check = "owner = current_user"
}

table "audit" {
  schema = schema.public

  column "at" {
    type    = timestamptz
    default = sql("now()")
  }
  column "what" {
    type = text
  }

  lifecycle {
    prevent_destroy = false
  }
}
