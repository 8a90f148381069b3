# want: 13:18 Parent is not partitioned
schema "public" {}

table "m" {
  schema = schema.public
  column "d" {
    type = date
  }
}

table "m_1" {
  schema       = schema.public
  partition_of = table.m
  default      = true
}
