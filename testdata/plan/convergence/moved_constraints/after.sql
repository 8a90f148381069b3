DO $$
BEGIN
  IF (SELECT count(*) FROM public.transfers t JOIN public.accounts a ON a.id = t.account_id AND a.code = t.account_code) <> 2 THEN
    RAISE EXCEPTION 'rows lost';
  END IF;
  IF (SELECT string_agg(conname, ',' ORDER BY conname) FROM pg_constraint WHERE conrelid = 'public.accounts'::regclass)
     <> 'accounts_balance_check,accounts_code_key,accounts_pkey' THEN
    RAISE EXCEPTION 'constraints not renamed';
  END IF;
  -- The unique and primary key indexes are renamed with their constraints.
  IF to_regclass('public.accounts_code_key') IS NULL OR to_regclass('public.accounts_pkey') IS NULL THEN
    RAISE EXCEPTION 'constraint indexes not renamed';
  END IF;
END $$;
