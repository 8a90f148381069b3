INSERT INTO auth.users (id, email, raw_user_meta_data)
VALUES ('00000000-0000-0000-0000-000000000001', 'a@example.com', '{"full_name": "Ada"}');
DO $$
BEGIN
  IF (SELECT full_name FROM public.profiles WHERE id = '00000000-0000-0000-0000-000000000001') IS DISTINCT FROM 'Ada' THEN
    RAISE EXCEPTION 'no profile was made for the new user';
  END IF;
END $$;
