-- What sits on a table that the schema language cannot declare, applied
-- after schema.sql by the catalog's and inspect's tests. It is kept apart
-- because a plan of the adopted HCL drops it (a managed table owns
-- everything on it), while the live round trip of every schema.sql
-- (internal/live TestInspectedHCLPlansToNoChanges) wants an empty plan.

-- An exclusion constraint (which the HCL declares now, as an exclude
-- block of bookings).
ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (during WITH &&);

-- A constraint trigger (plain triggers are expressible: trigger blocks).
CREATE CONSTRAINT TRIGGER notes_touch AFTER UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
