DO $$
BEGIN
  IF has_table_privilege('anon', 'public.todos', 'SELECT') OR NOT has_table_privilege('anon', 'public.todos', 'INSERT') THEN
    RAISE EXCEPTION 'anon privileges on todos';
  END IF;
  IF has_table_privilege('service_role', 'public.todos', 'TRUNCATE WITH GRANT OPTION') OR NOT has_table_privilege('service_role', 'public.todos', 'TRUNCATE') THEN
    RAISE EXCEPTION 'service_role grant option on todos';
  END IF;
  IF has_column_privilege('anon', 'public.labels', 'id', 'SELECT') THEN
    RAISE EXCEPTION 'PUBLIC still selects labels.id';
  END IF;
END $$;
