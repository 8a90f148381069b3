schema "public" {}

table "users" {
  schema = schema.public
  column "id" {
    type = uuid
    default = sql("gen_random_uuid()")
  }
  primary_key { columns = [column.id] }
}

table "sessions" {
  schema  = schema.public
  comment = "Login sessions"
  column "id" {
    type = bigint
    identity { generated = BY_DEFAULT }
  }
  column "user_id" { type = uuid }
  column "token" {
    type    = varchar(64)
    comment = "opaque"
  }
  column "expires_at" {
    type    = timestamptz
    default = sql("now() + interval '1 day'")
  }
  primary_key { columns = [column.id] }
  unique "sessions_token_key" { columns = [column.token] }
  check "sessions_token_check" { expr = "char_length(token) = 64" }
  foreign_key "sessions_user_fk" {
    columns     = [column.user_id]
    ref_columns = [table.users.column.id]
    on_delete   = CASCADE
  }
  index "idx_sessions_user" { columns = [column.user_id] }
}
