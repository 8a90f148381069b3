-- posts_user_fk is checked at commit now: a dangling row inside a
-- transaction that fixes it before committing is accepted.
BEGIN;
INSERT INTO public.posts VALUES (3, 3);
INSERT INTO public.users VALUES (3);
COMMIT;
