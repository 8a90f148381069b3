package hclschema_test

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"

	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/views"
)

// FuzzLoad feeds the loader arbitrary bytes. Whatever it gets, it never
// panics, never overflows the stack, parses in chunks exactly as whole,
// gives every error a range, and formats idempotently; and whatever loads
// without errors survives the writer and the offline planner (from an
// empty state, from itself, and back to nothing) with all three renderers.
// Its seeds are every fixture under testdata/hcl, a written schema, and
// testdata/fuzz/FuzzLoad (regressions).
func FuzzLoad(f *testing.F) {
	for _, dir := range []string{"good", "takeover", "bad", "spec"} {
		for _, path := range hclschema.FixtureFiles(f, dir) {
			src, err := os.ReadFile(path)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(src)
		}
	}
	// A written schema: no comments, so fastParse takes it and the
	// fuzzer mutates what the fast path reads.
	f.Add(hclschema.Write(hclschema.BenchRealm(3)))
	f.Fuzz(func(t *testing.T, src []byte) {
		files := map[string][]byte{"fuzz.hcl": src}
		r, diags := hclschema.LoadFiles(files)
		// Parsing in chunks changes nothing: same tree, realm and
		// diagnostics as the whole-file parse.
		hclschema.AssertSameBodies(t, files)
		hclschema.AssertSameLoad(t, files)
		for _, d := range diags {
			if d.Severity == hcl.DiagError && d.Subject == nil {
				t.Fatalf("error without a range: %s: %s", d.Summary, d.Detail)
			}
		}
		var buf bytes.Buffer
		if err := (&hclschema.Printer{Sources: files}).Print(&buf, diags); err != nil {
			t.Fatal(err)
		}
		if !diags.HasErrors() {
			// A valid schema survives the writer.
			out := hclschema.Write(r)
			back, d := hclschema.LoadFiles(map[string][]byte{"w.hcl": out})
			if d.HasErrors() || !models.Equal(back, r) {
				t.Fatalf("round trip failed: %v %v\n%s", d, models.Differences(back, r), out)
			}
			planEveryWay(t, r)
		}
		if _, d := hclschema.FormatFile("fuzz.hcl", src); !d.HasErrors() {
			once := hclschema.Format(src)
			if twice := hclschema.Format(once); !bytes.Equal(once, twice) {
				t.Fatalf("Format is not idempotent:\n%s\n---\n%s", once, twice)
			}
		}
	})
}

// planEveryWay plans r offline from an empty state, from itself, and from
// r back to nothing, and renders each plan every way. A refused plan (a
// destroy without --allow-destroy, a dependency cycle) is an answer; a
// panic or a plan that cannot be rendered is a bug.
func planEveryWay(t *testing.T, r *models.Realm) {
	t.Helper()
	empty := &models.Realm{}
	for _, c := range []struct {
		name           string
		desired, state *models.Realm
		opts           plan.Options
	}{
		{"from an empty state", r, nil, plan.Options{}},
		{"from itself", r, r, plan.Options{}},
		{"to nothing", empty, r, plan.Options{AllowDestroy: true}},
		{"to nothing, destroys refused", empty, r, plan.Options{}},
	} {
		p, err := plan.Offline(c.desired, c.state, c.opts)
		if err != nil {
			continue
		}
		out := views.PlanOutput{Plan: p, Drift: p}
		if c.state == r && c.desired == r && !p.Empty() {
			t.Fatalf("the plan %s is not empty:\n%s", c.name, views.PlanText(out, false))
		}
		text := views.PlanText(out, false)
		if !strings.Contains(text, "Plan: ") && !strings.Contains(text, "No changes.") {
			t.Fatalf("the text plan %s has no summary line:\n%s", c.name, text)
		}
		views.PlanText(out, true)
		views.PlanMarkdown(out)
		js, err := views.PlanJSON(out)
		if err != nil || !json.Valid(js) {
			t.Fatalf("the JSON plan %s: %v\n%s", c.name, err, js)
		}
		views.MigrationHeader("fuzz", p)
	}
}
