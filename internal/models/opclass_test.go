package models

import "testing"

// An operator class with parameters has one spelling in the model, the
// catalog's (OpClassText of pg_attribute.attoptions), however the HCL
// writes it.
func TestCanonicalOpClass(t *testing.T) {
	for in, want := range map[string]string{
		"text_pattern_ops":                  "text_pattern_ops",
		"public.my_ops":                     "public.my_ops",
		"tsvector_ops(siglen=8)":            "tsvector_ops(siglen=8)",
		"tsvector_ops (siglen = 8)":         "tsvector_ops(siglen=8)",
		"tsvector_ops(SIGLEN='8')":          "tsvector_ops(siglen=8)",
		"gist_trgm_ops(siglen=32, a='b c')": "gist_trgm_ops(siglen=32, a='b c')",
	} {
		if got := CanonicalOpClass(in); got != want {
			t.Errorf("CanonicalOpClass(%q) = %q, want %q", in, got, want)
		}
	}
	if got := OpClassText("tsvector_ops", []string{"siglen=8"}); got != "tsvector_ops(siglen=8)" {
		t.Errorf("OpClassText = %q", got)
	}
}
