-- Supabase's auth schema, which the HCL declares as a data table only.
CREATE SCHEMA auth;
CREATE TABLE auth.users (
    id uuid PRIMARY KEY,
    raw_user_meta_data jsonb
);
CREATE FUNCTION auth.audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER users_audit AFTER INSERT ON auth.users FOR EACH ROW EXECUTE FUNCTION auth.audit();
