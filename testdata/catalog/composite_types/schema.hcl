schema "geo" {}

schema "public" {}

enum "mood" {
  schema = schema.public
  values = ["sad", "ok"]
}

composite "point2" {
  schema = schema.geo
  field "x" {
    type = double_precision
  }
  field "y" {
    type = double_precision
  }
}

composite "route" {
  schema = schema.geo
  field "name" {
    type = text
  }
  field "stops" {
    type = sql("\"geo\".\"point2\"[]")
  }
  field "home" {
    type = composite.address
  }
}

composite "Odd Pair" {
  schema = schema.public
  field "Left" {
    type = integer
  }
  field "right side" {
    type = numeric(10, 2)
  }
  field "label" {
    type    = text
    collate = "POSIX"
  }
}

composite "address" {
  schema  = schema.public
  comment = "A postal address"
  field "street" {
    type = text
  }
  field "city" {
    type = varchar(80)
  }
  field "zip" {
    type = domain.zip5
  }
  field "feeling" {
    type = enum.mood
  }
  field "lines" {
    type = sql("text[]")
  }
}

domain "zip5" {
  schema = schema.public
  type   = text
  null   = true
  check "zip5_check" {
    expr = "VALUE ~ '^\\d{5}$'::text"
  }
}

table "trips" {
  schema = schema.geo

  column "id" {
    type = bigint
  }
  column "route" {
    type = composite.route
  }
  column "at" {
    type = composite.point2
    null = true
  }
}

table "people" {
  schema = schema.public

  column "id" {
    type = bigint
  }
  column "home" {
    type = composite.address
    null = true
  }
  column "previous" {
    type    = sql("\"public\".\"address\"[]")
    default = sql("'{}'::address[]")
  }
  column "pair" {
    type = composite["Odd Pair"]
    null = true
  }

  primary_key {
    columns = [column.id]
  }
}
