DO $$
BEGIN
  IF (SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace) <> 1 THEN
    RAISE EXCEPTION 'undeclared functions are left in the exclusive schema';
  END IF;
END $$;
