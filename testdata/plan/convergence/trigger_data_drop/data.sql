-- Another team's trigger on the data table: never schemactl's to drop.
CREATE FUNCTION auth.audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER users_audit AFTER INSERT ON auth.users FOR EACH ROW EXECUTE FUNCTION auth.audit();
