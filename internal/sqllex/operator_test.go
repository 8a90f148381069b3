package sqllex

import "testing"

func TestCheckOperator(t *testing.T) {
	for _, ok := range []string{"=", "&&", "<->", " && ", "OPERATOR(public.&&)", "operator(pg_catalog.=)", `OPERATOR("my schema".&&)`} {
		if err := CheckOperator(ok); err != nil {
			t.Errorf("CheckOperator(%q) = %v, want nil", ok, err)
		}
	}
	for _, bad := range []string{"", "a", "= =", "&& a", "=;", "= -- x", "OPERATOR(&&)", "OPERATOR(public.&&", "OPERATOR(public.&&) x",
		"OPERATOR(public.a)", "(=)", "'='", "&&); DROP TABLE t; --"} {
		if err := CheckOperator(bad); err == nil {
			t.Errorf("CheckOperator(%q) = nil, want an error", bad)
		}
	}
}
