package models

import "testing"

// TestCanonicalOpClass: an operator class named with the schema the
// catalog leaves out (public, pg_catalog) is the bare name the catalog
// reads, so a plan of "public.my_ops" over my_ops says "No changes";
// parameters are respelled; another schema's qualifier stays.
func TestCanonicalOpClass(t *testing.T) {
	cases := map[string]string{
		"my_ops":                                 "my_ops",
		"public.my_ops":                          "my_ops",
		`"public".my_ops`:                        "my_ops",
		"PUBLIC . my_ops":                        "my_ops",
		"pg_catalog.text_pattern_ops":            "text_pattern_ops",
		"pg_catalog.tsvector_ops (siglen = '8')": "tsvector_ops(siglen=8)",
		"ext.my_ops":                             "ext.my_ops",
		`"Public".my_ops`:                        `"Public".my_ops`,
		"tsvector_ops(siglen=8)":                 "tsvector_ops(siglen=8)",
		"tsvector_ops(SIGLEN='8')":               "tsvector_ops(siglen=8)",
		"gist_trgm_ops(siglen=32, a='b c')":      "gist_trgm_ops(siglen=32, a='b c')",
	}
	for in, want := range cases {
		if got := CanonicalOpClass(in); got != want {
			t.Errorf("CanonicalOpClass(%q) = %q, want %q", in, got, want)
		}
	}
	if got := OpClassText("tsvector_ops", []string{"siglen=8"}); got != "tsvector_ops(siglen=8)" {
		t.Errorf("OpClassText = %q", got)
	}
}
