INSERT INTO public.users VALUES (1, 'Ada', 'ada@example.com'), (2, 'Grace', 'grace@example.com');
INSERT INTO public.notes VALUES (1, 'Ada', 'ada@example.com');
