schema "public" {}

table "rules" {
  schema = schema.public
  column "id" { type = integer }
  column "kind" { type = text }
  column "qty" {
    type = integer
    null = true
  }
  column "code" { type = varchar(10) }
  column "lo" { type = integer }
  column "hi" { type = integer }
  check "rules_kind_check" { expr = "kind IN ('a', 'b', 'c')" }
  check "rules_kind_not" { expr = "kind NOT IN ('x', 'y')" }
  check "rules_qty_check" { expr = "COALESCE(qty, 0) >= 0" }
  check "rules_case_check" { expr = "CASE WHEN kind = 'a' THEN qty IS NOT NULL ELSE true END" }
  check "rules_between" { expr = "lo BETWEEN 0 AND 100" }
  check "rules_code_check" { expr = "code LIKE 'C%'" }
  check "rules_cast_check" { expr = "qty::text <> ''" }
  check "rules_order" { expr = "lo <= hi" }
  check "rules_len" { expr = "char_length(code) > 1" }
}
