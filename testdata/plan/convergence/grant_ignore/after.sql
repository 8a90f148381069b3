DO $$
BEGIN
  IF NOT has_table_privilege('anon', 'public.todos', 'SELECT') OR NOT has_table_privilege('service_role', 'public.notes', 'TRUNCATE')
     OR has_table_privilege('authenticated', 'public.todos', 'DELETE') THEN
    RAISE EXCEPTION 'the ignored roles'' privileges were changed';
  END IF;
END $$;
