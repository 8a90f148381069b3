-- btree_gist gives scalar types the GiST operator classes that an
-- exclusion constraint comparing them with = needs.
CREATE EXTENSION IF NOT EXISTS btree_gist;
