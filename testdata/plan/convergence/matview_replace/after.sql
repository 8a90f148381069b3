DO $$ BEGIN
  IF (SELECT count(*) FROM customer_totals) <> 2 THEN RAISE EXCEPTION 'customer_totals was not filled again'; END IF;
END $$;
