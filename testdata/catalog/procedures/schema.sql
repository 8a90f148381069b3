CREATE TABLE public.counters (
    name text NOT NULL,
    value bigint DEFAULT 0 NOT NULL,
    CONSTRAINT counters_pkey PRIMARY KEY (name)
);

CREATE PROCEDURE public.bump(IN counter text, IN step bigint DEFAULT 1)
    LANGUAGE sql
    AS $$UPDATE public.counters SET value = value + step WHERE name = counter$$;

CREATE PROCEDURE public.bump_and_read(INOUT counter text, OUT new_value bigint)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ''
    AS $$
BEGIN
  UPDATE public.counters SET value = value + 1 WHERE name = counter RETURNING value INTO new_value;
END
$$;

CREATE PROCEDURE public.reset_all()
    LANGUAGE plpgsql
    AS $$
BEGIN
  UPDATE public.counters SET value = 0;
  COMMIT;
END
$$;

COMMENT ON PROCEDURE public.reset_all() IS 'Zeroes every counter, committing';
