CREATE SCHEMA billing;
CREATE TYPE billing.plan AS ENUM ('free', 'pro');
CREATE DOMAIN us_postal_code AS text
    CONSTRAINT postal_check CHECK (VALUE ~ '^\d{5}$' OR VALUE ~ '^\d{5}-\d{4}$');
COMMENT ON DOMAIN us_postal_code IS 'A US ZIP or ZIP+4 code';
CREATE DOMAIN billing.positive_amount AS numeric(12,2) NOT NULL DEFAULT 0
    CONSTRAINT amount_nonnegative CHECK (VALUE >= 0)
    CONSTRAINT amount_bounded CHECK (VALUE < 1000000);
CREATE DOMAIN billing.paid_plan AS billing.plan CHECK (VALUE <> 'free');
CREATE DOMAIN "Short Name" AS varchar(20);
CREATE DOMAIN unused_domain AS integer;
CREATE DOMAIN tags AS text[] DEFAULT '{}';
CREATE TABLE addresses (
    id bigint NOT NULL,
    zip us_postal_code NOT NULL,
    other_zips us_postal_code[],
    label "Short Name" DEFAULT 'home'::character varying,
    labels tags NOT NULL,
    CONSTRAINT addresses_pkey PRIMARY KEY (id)
);
CREATE TABLE billing.invoices (
    id bigint NOT NULL,
    amount billing.positive_amount NOT NULL,
    plan billing.paid_plan,
    ship_to us_postal_code
);
CREATE DOMAIN c_code AS varchar(8) COLLATE "C" CHECK (VALUE = upper(VALUE));
CREATE TABLE billing.codes (code c_code NOT NULL);
