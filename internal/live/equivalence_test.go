package live

import "testing"

func TestEquivalentRendering(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"now()", "now()", true},
		{"CURRENT_TIMESTAMP", "now()", true},
		{"transaction_timestamp()", "now()", true},
		{"(CURRENT_TIMESTAMP + '1 day'::interval)", "(now() + '1 day'::interval)", true},
		{"current_timestamp", "now()", true},
		{"'CURRENT_TIMESTAMP'::text", "'now()'::text", false},
		{`"CURRENT_TIMESTAMP"`, `"now()"`, false},
		{"CURRENT_TIMESTAMPX", "now()X", false},
		{"xCURRENT_TIMESTAMP", "xnow()", false},
		// What the byte scanner got wrong: E'' escapes, dollar quotes and
		// precisions.
		{`E'\'CURRENT_TIMESTAMP'`, `E'\'now()'`, false},
		{"$$CURRENT_TIMESTAMP$$", "$$now()$$", false},
		{"$q$ ' $q$ || CURRENT_TIMESTAMP", "$q$ ' $q$ || now()", true},
		{"CURRENT_TIMESTAMP(3)", "now()(3)", false},
		{"transaction_timestamp ()", "now()", false},
	}
	for _, c := range cases {
		if got := equivalentRendering(c.a, c.b); got != c.want {
			t.Errorf("equivalentRendering(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
