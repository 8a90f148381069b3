DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'users_audit') THEN
    RAISE EXCEPTION 'the unmanaged trigger on the data table was dropped';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'on_auth_user_created') THEN
    RAISE EXCEPTION 'the managed trigger on the data table was not dropped';
  END IF;
END $$;
