-- citext's operators live in extensions, as its type does.
SET search_path = public, extensions;
UPDATE public.users SET email = 'Ada@Example.com' WHERE id = 1;
INSERT INTO public.api_keys (id, owner_email) VALUES (1, 'ADA@example.COM');
DO $$
BEGIN
  -- citext compares without case; the default called pgcrypto.
  IF NOT EXISTS (SELECT 1 FROM public.users u JOIN public.api_keys k ON k.owner_email = u.email) THEN
    RAISE EXCEPTION 'citext did not compare case-insensitively';
  END IF;
  IF (SELECT length(secret) FROM public.api_keys) <> 32 THEN
    RAISE EXCEPTION 'gen_random_bytes default not applied';
  END IF;
END $$;
