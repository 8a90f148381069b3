-- Extensions managed by the HCL: citext and pgcrypto in a schema of
-- their own, hstore in public at a version older than the default. Their
-- member types and functions are never read as the user's: only the
-- extension blocks, and the columns and defaults that use them.
CREATE SCHEMA extensions;
CREATE EXTENSION citext WITH SCHEMA extensions;
CREATE EXTENSION pgcrypto WITH SCHEMA extensions;
CREATE EXTENSION hstore WITH SCHEMA public VERSION '1.7';

CREATE TABLE public.accounts (
    id uuid NOT NULL DEFAULT extensions.gen_random_uuid(),
    email extensions.citext NOT NULL,
    salt bytea NOT NULL DEFAULT extensions.gen_random_bytes(16),
    password_hash text NOT NULL DEFAULT extensions.crypt('', extensions.gen_salt('bf')),
    attributes public.hstore,
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX accounts_email_key ON public.accounts (email);
