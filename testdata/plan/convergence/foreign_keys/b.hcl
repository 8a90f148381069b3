schema "public" {}

table "teams" {
  schema = schema.public
  column "id" { type = integer }
  column "code" { type = text }
  primary_key { columns = [column.id] }
  unique "teams_code_key" { columns = [column.code] }
}

table "members" {
  schema = schema.public
  column "id" { type = integer }
  column "team_id" {
    type = integer
    null = true
  }
  column "team_code" {
    type = text
    null = true
  }
  primary_key { columns = [column.id] }
  foreign_key "members_team_fk" {
    columns     = [column.team_id]
    ref_columns = [table.teams.column.id]
    on_delete   = SET_NULL
  }
  foreign_key "members_team_code_fk" {
    columns     = [column.team_code]
    ref_columns = [table.teams.column.code]
    on_update   = CASCADE
  }
}
