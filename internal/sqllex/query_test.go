package sqllex

import "testing"

func TestCheckQuery(t *testing.T) {
	for _, q := range []string{
		"SELECT id, name FROM users",
		"  select a.x, b.y\n  from a join b using (id)\n  where a.z = 'x;y'",
		"VALUES (1, 'a'), (2, 'b')",
		"WITH t AS (SELECT 1 AS x) SELECT x FROM t",
		"TABLE users",
		"(SELECT 1) UNION (SELECT 2)",
		"SELECT $$;$$::text AS s",
	} {
		if err := CheckQuery(q); err != nil {
			t.Errorf("CheckQuery(%q) = %v, want nil", q, err)
		}
	}
	for _, q := range []string{
		"",
		"   ",
		"SELECT 1; COMMIT",
		"SELECT 1;",
		"COMMIT",
		"DELETE FROM users RETURNING *",
		"SELECT 1 -- hidden",
		"SELECT /* c */ 1",
		"SELECT (1",
		"SELECT 1)",
		"SELECT 'a\x00'",
		"SELECT 1 \\ 2",
	} {
		if err := CheckQuery(q); err == nil {
			t.Errorf("CheckQuery(%q) = nil, want an error", q)
		}
	}
}
