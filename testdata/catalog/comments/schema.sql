CREATE TABLE alert_events (
    id bigint NOT NULL,
    message text,
    details jsonb
);
COMMENT ON TABLE alert_events IS 'One row per alert raised by the health prober';
COMMENT ON COLUMN alert_events.id IS 'Primary identifier';
COMMENT ON COLUMN alert_events.message IS 'Human text: it''s "quoted", has ${braces} and %{percent}
and a second line ✓';
CREATE TABLE no_comment (
    id bigint
);
