schema "public" {}

table "teams" {
  schema = schema.public
  column "id" { type = integer }
  column "owner" { type = text }
}

table "boards" {
  schema = schema.public
  column "id" { type = integer }
  column "team_id" { type = integer }
  check "boards_team_check" { expr = "boards.team_id > 0" }
  row_security { enabled = true }
}

policy "boards_team" {
  on    = table.boards
  to    = ["authenticated"]
  using = "EXISTS (SELECT 1 FROM public.teams t WHERE t.id = boards.team_id)"
}
