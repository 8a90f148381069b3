-- INCLUDE columns on a UNIQUE constraint (issue 13), with NULLS NOT
-- DISTINCT and deferrable timing beside them.
CREATE TABLE members (
    id integer PRIMARY KEY,
    org integer NOT NULL,
    email text NOT NULL,
    name text,
    CONSTRAINT members_org_email_key UNIQUE (org, email) INCLUDE (name, id),
    CONSTRAINT members_email_key UNIQUE NULLS NOT DISTINCT (email) INCLUDE (org) DEFERRABLE
);
