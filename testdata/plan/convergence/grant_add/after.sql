DO $$
BEGIN
  IF NOT has_table_privilege('anon', 'public.todos', 'SELECT') OR has_table_privilege('anon', 'public.todos', 'INSERT') THEN
    RAISE EXCEPTION 'anon privileges on todos';
  END IF;
  IF NOT has_table_privilege('service_role', 'public.todos', 'TRUNCATE WITH GRANT OPTION') THEN
    RAISE EXCEPTION 'service_role grant option on todos';
  END IF;
  IF NOT has_column_privilege('anon', 'public.labels', 'name', 'SELECT') OR has_column_privilege('anon', 'public.labels', 'internal', 'SELECT') THEN
    RAISE EXCEPTION 'PUBLIC column privileges on labels';
  END IF;
END $$;
