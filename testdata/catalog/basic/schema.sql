CREATE TABLE service_health_checks (
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    service_name text NOT NULL,
    latency_ms integer,
    healthy boolean NOT NULL DEFAULT true,
    checked_at timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT service_health_checks_pkey PRIMARY KEY (id)
);
