DO $$ BEGIN
  IF (SELECT count(*) FROM large_orders) <> 1 THEN RAISE EXCEPTION 'large_orders lost its row'; END IF;
  IF (SELECT pg_typeof(amount)::text FROM large_orders LIMIT 1) <> 'bigint' THEN RAISE EXCEPTION 'large_orders.amount is not bigint'; END IF;
END $$;
