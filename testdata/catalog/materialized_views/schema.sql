-- Materialized views: indexes (unique, expression, partial, with a
-- comment), a comment, one created WITH NO DATA, one stacked on another.
CREATE TABLE events (
    id bigint NOT NULL PRIMARY KEY,
    kind text NOT NULL,
    at timestamptz NOT NULL
);
CREATE MATERIALIZED VIEW daily_events AS
    SELECT date_trunc('day', at) AS day, kind, count(*) AS n FROM events GROUP BY 1, 2;
COMMENT ON MATERIALIZED VIEW daily_events IS 'Events a day and kind';
CREATE UNIQUE INDEX daily_events_day_kind ON daily_events (day, kind);
CREATE INDEX daily_events_lower_kind ON daily_events (lower(kind)) WHERE n > 10;
COMMENT ON INDEX daily_events_lower_kind IS 'busy kinds';
CREATE MATERIALIZED VIEW kinds AS SELECT DISTINCT kind FROM daily_events WITH NO DATA;
