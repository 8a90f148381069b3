schema "public" {}

table "measurements" {
  schema = schema.public
  column "id" { type = bigint }
  column "device" { type = text }
  column "taken_at" { type = timestamptz }
  column "value" {
    type = double_precision
    null = true
  }
  column "tag" {
    type = text
    null = true
  }
  primary_key { columns = [column.id] }
  index "measurements_device_idx" { columns = [column.device] }
  index "measurements_device_taken_idx" {
    on { column = column.device }
    on {
      column = column.taken_at
      desc   = true
    }
  }
  index "measurements_desc_nulls_last_idx" {
    on {
      column      = column.value
      desc        = true
      nulls_first = false
    }
  }
  index "measurements_asc_nulls_first_idx" {
    on {
      column      = column.value
      nulls_first = true
    }
  }
  index "measurements_device_taken_key" {
    unique  = true
    columns = [column.device, column.taken_at]
  }
  index "measurements_tag_hash_idx" {
    type    = HASH
    columns = [column.tag]
  }
  index "measurements_taken_brin_idx" {
    type    = BRIN
    columns = [column.taken_at]
  }
  index "measurements_tag_pattern_idx" {
    on {
      column = column.tag
      ops    = text_pattern_ops
    }
  }
}
