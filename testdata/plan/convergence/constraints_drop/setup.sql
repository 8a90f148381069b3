-- Scalar = in a GiST exclusion constraint needs btree_gist.
CREATE EXTENSION IF NOT EXISTS btree_gist;
