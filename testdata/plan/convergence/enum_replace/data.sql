INSERT INTO public.posts VALUES (1, 'draft', '{draft,published}'), (2, 'published', NULL);
