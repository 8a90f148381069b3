package plan

import (
	"path/filepath"
	"reflect"
	"testing"
)

// TestCopyRealmIsDeep: the hand-written copy equals models' JSON clone and
// shares no memory with its source.
func TestCopyRealmIsDeep(t *testing.T) {
	for _, f := range []string{"schema/monitoring.hcl", "testdata/plan/convergence/enum_replace/a.hcl", "testdata/plan/convergence/indexes/b.hcl", "testdata/plan/convergence/identity/a.hcl"} {
		r := loadHCLFile(t, filepath.Join(repoRoot, f))
		c := copyRealm(r)
		if !reflect.DeepEqual(c, r.Clone()) {
			t.Fatalf("%s: copy differs from Clone", f)
		}
		for _, tb := range c.Tables() {
			tb.Columns[0].Name += "_changed"
			if len(tb.Policies) > 0 {
				tb.Policies[0].Roles[0] = "changed"
			}
			if len(tb.Indexes) > 0 {
				tb.Indexes[0].Parts[0].Desc = !tb.Indexes[0].Parts[0].Desc
			}
		}
		if reflect.DeepEqual(c, r) {
			t.Fatalf("%s: changing the copy changed the source", f)
		}
	}
}
