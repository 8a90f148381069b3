CREATE TABLE accounts (
    id bigint NOT NULL,
    email text NOT NULL,
    tenant_id integer NOT NULL,
    slug text NOT NULL,
    CONSTRAINT accounts_pkey PRIMARY KEY (tenant_id, id),
    CONSTRAINT accounts_email_key UNIQUE (email),
    CONSTRAINT accounts_tenant_slug_key UNIQUE (slug, tenant_id)
);
