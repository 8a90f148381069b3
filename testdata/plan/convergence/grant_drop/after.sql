DO $$
BEGIN
  IF has_table_privilege('anon', 'public.todos', 'SELECT') OR has_table_privilege('service_role', 'public.todos', 'SELECT')
     OR has_column_privilege('anon', 'public.labels', 'name', 'SELECT') THEN
    RAISE EXCEPTION 'a privilege survived';
  END IF;
END $$;
