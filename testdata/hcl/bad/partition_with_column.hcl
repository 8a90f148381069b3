# want: 19:3 Block in a partition
schema "public" {}

table "m" {
  schema = schema.public
  column "d" {
    type = date
  }
  partition {
    type    = RANGE
    columns = [column.d]
  }
}

table "m_1" {
  schema       = schema.public
  partition_of = table.m
  default      = true
  column "extra" {
    type = text
  }
}
