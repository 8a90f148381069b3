# Materialized views with their indexes and comments, one WITH NO DATA.
schema "public" {}

table "events" {
  schema = schema.public

  column "id" {
    type = bigint
  }
  column "kind" {
    type = text
  }
  column "at" {
    type = timestamptz
  }

  primary_key {
    columns = [column.id]
  }
}

materialized "daily_events" {
  schema = schema.public

  column "day" {
    type = timestamptz
  }
  column "kind" {
    type = text
  }
  column "n" {
    type = bigint
  }

  as      = <<-SQL
    SELECT date_trunc('day'::text, events.at) AS day,
        events.kind,
        count(*) AS n
       FROM events
      GROUP BY (date_trunc('day'::text, events.at)), events.kind
  SQL
  comment = "Events a day and kind"

  index "daily_events_day_kind" {
    unique  = true
    columns = [column.day, column.kind]
  }
  index "daily_events_lower_kind" {
    where   = "n > 10"
    comment = "busy kinds"
    on {
      expr = "lower(kind)"
    }
  }
}

materialized "kinds" {
  schema = schema.public

  column "kind" {
    type = text
  }

  as           = <<-SQL
    SELECT DISTINCT daily_events.kind
       FROM daily_events
  SQL
  with_no_data = true
}
