CREATE TYPE app.stray_kind AS ENUM ('x', 'y');
CREATE TABLE app.stray (id integer, kind app.stray_kind);
CREATE TABLE app.stray_child (stray_id integer);
CREATE TABLE public.unmanaged (id integer);
CREATE POLICY stray_policy ON app.kept USING (true);
INSERT INTO app.stray VALUES (1, 'x');
