INSERT INTO public.owners VALUES (1, 10), (2, 10);
INSERT INTO public.rooms (id, code, owner_id, owner_tenant, capacity) VALUES (1, 'A', 1, 10, 4), (2, NULL, NULL, NULL, 2), (3, 'C', 2, 10, 8);
INSERT INTO public.bookings (id, room_id, starts_at, ends_at, cancelled) VALUES
  (1, 1, '2026-01-01 10:00', '2026-01-01 11:00', false),
  (2, 1, '2026-01-01 10:30', '2026-01-01 11:30', true),
  (3, 2, '2026-01-01 10:00', '2026-01-01 11:00', false);
