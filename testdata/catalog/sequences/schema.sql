-- Standalone sequences: every option, an owner, a comment, used by a
-- default; and the serial columns whose sequence is not the one serial
-- makes (renamed, or with options of its own), which are written as a
-- sequence block and a nextval default.
CREATE SEQUENCE plain;
CREATE SEQUENCE invoice_no AS integer INCREMENT BY 5 MINVALUE 0 MAXVALUE 100000 START WITH 1000 CACHE 10 CYCLE;
COMMENT ON SEQUENCE invoice_no IS 'Invoice numbers';
CREATE SEQUENCE countdown INCREMENT BY -1;
CREATE SEQUENCE "Odd ""Seq""" AS smallint;

CREATE TABLE invoices (
    no integer NOT NULL DEFAULT nextval('invoice_no'),
    note text
);
ALTER SEQUENCE invoice_no OWNED BY invoices.no;

CREATE TABLE tickets (
    id serial PRIMARY KEY,
    code bigserial,
    ref smallint NOT NULL DEFAULT nextval('"Odd ""Seq"""')
);
ALTER SEQUENCE tickets_code_seq RENAME TO ticket_codes;
ALTER SEQUENCE tickets_id_seq START WITH 500;
