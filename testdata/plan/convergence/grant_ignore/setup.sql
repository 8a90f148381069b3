-- Supabase's default privileges: every table created in public grants
-- everything to its API roles.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO anon, authenticated, service_role;
