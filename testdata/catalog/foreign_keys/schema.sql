CREATE TABLE parents (
    id integer NOT NULL,
    region text NOT NULL,
    code text NOT NULL,
    CONSTRAINT parents_pkey PRIMARY KEY (id),
    CONSTRAINT parents_region_code_key UNIQUE (region, code)
);
CREATE TABLE children (
    id integer NOT NULL,
    parent_id integer DEFAULT 0,
    a integer, b integer, c integer, d integer, e integer,
    region text,
    code text,
    parent_of_id integer,
    CONSTRAINT children_pkey PRIMARY KEY (id),
    CONSTRAINT fk_no_action FOREIGN KEY (a) REFERENCES parents (id),
    CONSTRAINT fk_restrict FOREIGN KEY (b) REFERENCES parents (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
    CONSTRAINT fk_cascade FOREIGN KEY (c) REFERENCES parents (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT fk_set_null FOREIGN KEY (d) REFERENCES parents (id) ON DELETE SET NULL ON UPDATE SET NULL,
    CONSTRAINT fk_set_default FOREIGN KEY (parent_id) REFERENCES parents (id) ON DELETE SET DEFAULT ON UPDATE SET DEFAULT,
    CONSTRAINT fk_deferrable FOREIGN KEY (e) REFERENCES parents (id) DEFERRABLE,
    CONSTRAINT fk_multi_column FOREIGN KEY (code, region) REFERENCES parents (code, region) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT fk_self FOREIGN KEY (parent_of_id) REFERENCES children (id) ON DELETE SET NULL
);
ALTER TABLE parents ADD CONSTRAINT parents_code_region_key UNIQUE (code, region);
