-- Index keys with a COLLATE of their own (issue 13): a column key, a
-- descending one with an operator class, an expression key, and an
-- exclusion element. Read back as the bare column, the collation was
-- silently lost and a live plan said "No changes".
CREATE TABLE labels (
    id integer PRIMARY KEY,
    name text NOT NULL,
    code varchar(20) NOT NULL,
    tag text COLLATE "C"
);
CREATE INDEX labels_name_c_idx ON labels (name COLLATE "C");
CREATE INDEX labels_code_idx ON labels (code COLLATE "POSIX" varchar_pattern_ops DESC);
CREATE INDEX labels_lower_idx ON labels ((lower(name)) COLLATE "C");
CREATE UNIQUE INDEX labels_name_key ON labels (name);
-- An expression takes the collation of the column it reads: upper(tag)
-- is "C" without a COLLATE of its own (the fuzzer found it read back as
-- one), and lower(tag) COLLATE "POSIX" has one.
CREATE INDEX labels_tag_upper_idx ON labels (upper(tag));
CREATE INDEX labels_tag_lower_idx ON labels ((lower(tag)) COLLATE "POSIX");
