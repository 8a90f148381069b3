package sqllex

import "testing"

func TestCheckPartitionBound(t *testing.T) {
	good := []string{
		"FROM ('2024-01-01') TO ('2025-01-01')",
		"from (MINVALUE, 0) to (10, MAXVALUE)",
		"IN ('a', 'b', NULL)",
		"WITH (modulus 4, remainder 3)",
	}
	for _, s := range good {
		if err := CheckPartitionBound(s); err != nil {
			t.Errorf("CheckPartitionBound(%q) = %v, want nil", s, err)
		}
	}
	bad := []string{
		"", "DEFAULT", "FROM (1)", "FROM (1) TO (2) extra", "IN ()", "IN (1)); DROP TABLE x; --",
		"IN (1) -- c", "TO (1)", "FROM 1 TO 2", "IN (1), (2)",
	}
	for _, s := range bad {
		if err := CheckPartitionBound(s); err == nil {
			t.Errorf("CheckPartitionBound(%q) = nil, want an error", s)
		}
	}
}
