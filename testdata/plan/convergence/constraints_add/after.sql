-- NULLS NOT DISTINCT holds: a second room without a code is refused;
-- the exclusion constraint holds: an overlapping booking is refused.
DO $$
BEGIN
  BEGIN
    INSERT INTO public.rooms (id, code, capacity) VALUES (4, NULL, 1);
    RAISE EXCEPTION 'a second NULL code was accepted';
  EXCEPTION WHEN unique_violation THEN NULL;
  END;
  BEGIN
    INSERT INTO public.bookings (id, room_id, starts_at, ends_at) VALUES (4, 1, '2026-01-01 10:15', '2026-01-01 10:45');
    SET CONSTRAINTS ALL IMMEDIATE;
    RAISE EXCEPTION 'an overlapping booking was accepted';
  EXCEPTION WHEN exclusion_violation THEN NULL;
  END;
END $$;
