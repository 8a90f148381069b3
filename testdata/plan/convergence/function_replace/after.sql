DO $$
BEGIN
  IF public.role_allowed(wanted => 'member', strict_mode => true) THEN
    RAISE EXCEPTION 'role_allowed was not replaced';
  END IF;
END $$;
