DO $$
BEGIN
  IF (SELECT "Your Col" FROM public."odd ""quoted"" table" WHERE id = 1) IS DISTINCT FROM 'Ada' THEN
    RAISE EXCEPTION 'the renamed table and column lost their row';
  END IF;
END $$;
