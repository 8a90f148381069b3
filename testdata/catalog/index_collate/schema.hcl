schema "public" {}

table "labels" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "name" {
    type = text
  }
  column "code" {
    type = varchar(20)
  }
  column "tag" {
    type    = text
    null    = true
    collate = "C"
  }

  primary_key {
    columns = [column.id]
  }

  index "labels_code_idx" {
    on {
      column  = column.code
      desc    = true
      collate = "POSIX"
      ops     = varchar_pattern_ops
    }
  }
  index "labels_lower_idx" {
    on {
      expr    = "lower(name)"
      collate = "C"
    }
  }
  index "labels_name_c_idx" {
    on {
      column  = column.name
      collate = "C"
    }
  }
  index "labels_tag_lower_idx" {
    on {
      expr    = "lower(tag)"
      collate = "POSIX"
    }
  }
  index "labels_tag_upper_idx" {
    on {
      expr = "upper(tag)"
    }
  }
  index "labels_name_key" {
    unique  = true
    columns = [column.name]
  }
}
