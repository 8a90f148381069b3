schema "public" {}

table "widgets" {
  schema  = schema.public
  comment = "Widgets, it's \"all\" of them \\o/"
  column "id" {
    type    = bigint
    comment = "Identifier (now 64-bit)"
  }
  column "name" { type = text }
  column "size" {
    type    = integer
    comment = "Size in mm; ünïcode"
  }
}
