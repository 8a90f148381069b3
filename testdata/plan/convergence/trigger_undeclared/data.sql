-- A trigger added by hand on the managed table: the plan drops it.
CREATE FUNCTION public.hand_made() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER posts_hand_made BEFORE INSERT ON public.posts FOR EACH ROW EXECUTE FUNCTION public.hand_made();
