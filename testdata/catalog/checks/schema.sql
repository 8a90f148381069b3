CREATE TABLE service_health_checks (
    id bigint NOT NULL,
    status text NOT NULL DEFAULT 'active'::text,
    latency_ms integer,
    min_v integer,
    max_v integer,
    email text,
    price numeric(12,2),
    CONSTRAINT service_health_checks_pkey PRIMARY KEY (id),
    CONSTRAINT latency_positive CHECK (latency_ms >= 0),
    CONSTRAINT status_in CHECK (status IN ('active', 'acknowledged', 'resolved')),
    CONSTRAINT range_ok CHECK (min_v > 0 AND max_v > 0),
    CONSTRAINT ordered CHECK (min_v <= max_v OR max_v IS NULL),
    CONSTRAINT email_shape CHECK (email ~* '^[^@]+@[^@]+$' AND length(email) < 255),
    CONSTRAINT price_nonneg CHECK (price >= 0),
    CONSTRAINT paren_literal CHECK (status <> ')(')
);
CREATE TABLE checks_col (
    n integer CHECK (n BETWEEN 1 AND 10)
);
