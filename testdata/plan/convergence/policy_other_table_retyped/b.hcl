schema "public" {}

table "members" {
  schema = schema.public
  column "user_name" { type = text }
  column "team_id" { type = bigint }
}

table "boards" {
  schema = schema.public
  column "id" { type = integer }
  column "team_id" { type = integer }
  row_security { enabled = true }
}

policy "boards_team" {
  on    = table.boards
  to    = ["authenticated"]
  using = "EXISTS (SELECT 1 FROM public.members m WHERE m.team_id = boards.team_id AND m.user_name = current_user)"
}
