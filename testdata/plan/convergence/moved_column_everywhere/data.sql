INSERT INTO public.bookings VALUES (1, 'A-1', '2026-01-01', '2026-01-03'), (2, 'B-22', '2026-01-05', '2026-01-06');
