package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/escape"
	"github.com/schemactl/schemactl/internal/hostile"
	"github.com/schemactl/schemactl/internal/models"
)

// liveBatch carries every name and expression of the corpus that loads
// through a project's life on the database, all in one schema file: a
// live plan in each format, plan --write, apply (a dry run first; debug
// logs on), status, a live plan that finds nothing to do (the catalog
// gives every hostile name and expression back as declared), inspect;
// then each name's object is changed by hand, and status, apply
// (refused), a live plan and apply --allow-drift of a next migration must
// each print the drift escaped.
func (h *hostileRun) liveBatch(c hostileCorpus) {
	var hcl strings.Builder
	var names []hostile.NameCase
	for _, n := range c.names {
		if n.Outcome == hostile.Loads {
			hcl.WriteString(n.HCL() + "\n")
			names = append(names, n)
		}
	}
	for _, e := range c.exprs {
		if e.Outcome == hostile.Loads {
			hcl.WriteString(e.HCL() + "\n")
		}
	}
	p := newPlanProject(h.t, hcl.String())
	project := []string{"--schema", p.path("schema"), "--migrations", p.path("migrations")}
	for _, format := range []string{"text", "json", "markdown"} {
		status, out, errOut := h.run(append([]string{"plan", "--format", format}, project...)...)
		if status != exitOK {
			h.t.Fatalf("live plan --format %s: exit %d:\n%s%s", format, status, out, errOut)
		}
		switch format {
		case "text":
			h.showsEveryName("the live plan", out, names)
		case "json":
			h.jsonHoldsEveryName(out, names)
		}
	}
	h.expect(exitOK, "Wrote", append([]string{"plan", "--write", "init"}, project...)...)
	checkMigrationHeaders(h.t, p.path("migrations"))
	h.expect(exitOK, "Dry run: 1 migration would be applied", "apply", "--migrations", p.path("migrations"), "--dry-run")
	h.expect(exitOK, "Apply complete! 1 migration applied.", "apply", "--migrations", p.path("migrations"), "--log-level", "debug", "--log-format", "json")
	h.expect(exitOK, "Drift: none", "status", "--migrations", p.path("migrations"), "--log-level", "debug")
	h.expect(exitOK, `"drift_checked": true`, "status", "--migrations", p.path("migrations"), "--format", "json")
	h.expect(exitOK, "No changes. The schema matches.", append([]string{"plan", "--detailed-exitcode"}, project...)...)
	h.expect(exitOK, "table", "inspect")

	for _, n := range names {
		h.exec(n.DriftSQL())
	}
	_, out, _ := h.expect(exitOK, "Drift: the managed schema differs", "status", "--migrations", p.path("migrations"))
	h.showsEveryName("status", out, names)
	h.expect(exitOK, `"action": "update"`, "status", "--migrations", p.path("migrations"), "--format", "json")
	before := h.fingerprint()
	_, _, errOut := h.expect(exitError, "drifted", "apply", "--migrations", p.path("migrations"))
	h.unchanged(before, "apply refusing the drift")
	h.showsEveryName("apply refusing the drift", errOut, names)
	_, out, _ = h.expect(exitOK, "has drifted", append([]string{"plan", "--allow-destroy"}, project...)...)
	h.showsEveryName("the live plan of a drifted database", out, names)

	p.setSchema(hcl.String() + "schema \"after_drift\" {}\ntable \"after_drift\" \"t\" {\n  schema = schema.after_drift\n  column \"id\" { type = integer }\n}\n")
	if status, out, errOut := h.offline(append([]string{"plan", "--write", "next"}, project...)...); status != exitOK {
		h.t.Fatalf("plan --write next: exit %d:\n%s%s", status, out, errOut)
	}
	checkMigrationHeaders(h.t, p.path("migrations"))
	_, out, _ = h.expect(exitOK, "Apply complete! 1 migration applied.", "apply", "--migrations", p.path("migrations"), "--allow-drift")
	if !strings.Contains(out, "Warning: the managed schema drifted") {
		h.t.Fatalf("apply --allow-drift does not show the drift:\n%s", out)
	}
	h.showsEveryName("apply --allow-drift", out, names)
}

// expect runs schemactl with the database URL and fails the test unless
// it exits with status and its output holds want.
func (h *hostileRun) expect(status int, want string, args ...string) (int, string, string) {
	h.t.Helper()
	got, out, errOut := h.run(args...)
	if got != status || !strings.Contains(out+errOut, want) {
		h.t.Fatalf("%s: exit %d, want %d and %q:\n%s%s", strings.Join(args, " "), got, status, want, out, errOut)
	}
	return got, out, errOut
}

// showsEveryName fails the test unless output shows each name that
// names an object, escaped.
func (h *hostileRun) showsEveryName(what, output string, names []hostile.NameCase) {
	h.t.Helper()
	for _, n := range names {
		if n.Place == "comment" || n.Place == "default" {
			continue // texts, not names; shown where they changed
		}
		if !strings.Contains(output, escape.Line(n.Name)) && !strings.Contains(output, escape.Line(models.QuoteLiteral(n.Name))) {
			h.t.Errorf("%s does not show %s as %q:\n%.3000s", what, n.Label(), escape.Line(n.Name), output)
		}
	}
}

// jsonHoldsEveryName fails the test unless the JSON plan decodes to
// strings holding each name as it is (or as the SQL literal of it): JSON
// escapes, it does not alter.
func (h *hostileRun) jsonHoldsEveryName(doc string, names []hostile.NameCase) {
	h.t.Helper()
	var v any
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		h.t.Fatalf("the JSON plan does not decode: %v", err)
	}
	var all strings.Builder
	var collect func(any)
	collect = func(v any) {
		switch v := v.(type) {
		case string:
			all.WriteString(v + "\x00")
		case []any:
			for _, e := range v {
				collect(e)
			}
		case map[string]any:
			for _, e := range v {
				collect(e)
			}
		}
	}
	collect(v)
	for _, n := range names {
		if !strings.Contains(all.String(), n.Name) && !strings.Contains(all.String(), models.QuoteLiteral(n.Name)) {
			h.t.Errorf("the JSON plan does not hold %s as it is", n.Label())
		}
	}
}

// liveRefused: a plan against the database of a schema validate refuses
// stops at the diagnostics (exit 1) and changes nothing.
func (h *hostileRun) liveRefused(c hostileCorpus) {
	before := h.fingerprint()
	for _, sc := range c.schemaCases() {
		if sc.outcome != hostile.Refused {
			continue
		}
		p := newPlanProject(h.t, sc.hcl)
		status, out, errOut := h.run("plan", "--schema", p.path("schema"), "--migrations", p.path("migrations"))
		checkRefusedDiagnostic(h.t, sc, sc.label+": live plan", status, out, errOut)
	}
	h.unchanged(before, "a refused schema's plan")
}

// liveRejected: an expression PostgreSQL refuses fails the live plan
// (exit 1, naming the object), or, where the live plan cannot see it, the
// apply of the written file (exit 1, naming it); a costly one is cut by
// --statement-timeout. None changes anything.
func (h *hostileRun) liveRejected(c hostileCorpus) {
	for _, e := range c.exprs {
		switch e.Outcome {
		case hostile.RejectedLive, hostile.RejectedApply, hostile.Costly:
			h.rejected(e)
		}
	}
}

func (h *hostileRun) rejected(e hostile.ExprCase) {
	h.t.Helper()
	p := newPlanProject(h.t, e.HCL())
	args := []string{"--migrations", p.path("migrations"), "--migrations-table", fmt.Sprintf("public.rejected_%d", e.Line)}
	plan := append([]string{"plan", "--schema", p.path("schema")}, args...)
	if e.Outcome == hostile.Costly {
		plan = append(plan, "--statement-timeout", "300ms")
	}
	before := h.fingerprint()
	status, out, errOut := h.run(plan...)
	switch {
	case e.Outcome == hostile.RejectedApply && status != exitOK:
		h.t.Errorf("%s: live plan: exit %d, want 0:\n%s%s", e.Label(), status, out, errOut)
	case e.Outcome != hostile.RejectedApply && (status != exitError || !strings.Contains(errOut, e.Expect)):
		h.t.Errorf("%s: live plan: exit %d, want 1 and %q:\n%s%s", e.Label(), status, e.Expect, out, errOut)
	}
	h.unchanged(before, e.Label()+": the live plan")
	if e.Outcome == hostile.Costly {
		return
	}
	if status, out, errOut := h.offline("plan", "--schema", p.path("schema"), "--migrations", p.path("migrations"), "--write", "rejected"); status != exitOK {
		h.t.Fatalf("%s: plan --write: exit %d:\n%s%s", e.Label(), status, out, errOut)
	}
	status, out, errOut = h.run(append([]string{"apply"}, args...)...)
	if status != exitError || (e.Outcome == hostile.RejectedApply && !strings.Contains(errOut, e.Expect)) {
		h.t.Errorf("%s: apply: exit %d, want 1:\n%s%s", e.Label(), status, out, errOut)
	}
	h.unchanged(before, e.Label()+": apply")
}
