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
  check "rules_kind_check" { expr = "kind = ANY (ARRAY['a'::text, 'b'::text, 'c'::text])" }
  check "rules_kind_not" { expr = "(kind <> ALL (ARRAY['x'::text, 'y'::text]))" }
  check "rules_qty_check" { expr = "(coalesce(qty, 0) >= 0)" }
  check "rules_case_check" {
    expr = "CASE WHEN (kind = 'a'::text) THEN (qty IS NOT NULL) ELSE true END"
  }
  check "rules_between" { expr = "((lo >= 0) AND (lo <= 100))" }
  check "rules_code_check" { expr = "((code)::text ~~ 'C%'::text)" }
  check "rules_cast_check" { expr = "CAST(qty AS text) <> ''::text" }
  check "rules_order" { expr = "(lo <= hi)" }
  check "rules_len" { expr = "char_length((code)::text) > 1" }
}
