package hclschema

import (
	"slices"
	"sort"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// MissingRoleDiagnostics returns an error diagnostic at every grant of
// files (name → content, as ReadSources gives them) whose role is one of
// missing: a live plan found that the server has no such role, and the
// user is shown where the HCL names it. Files that do not parse are
// skipped (they loaded before the plan, so none should fail).
func MissingRoleDiagnostics(files map[string][]byte, missing []string) hcl.Diagnostics {
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	var diags hcl.Diagnostics
	for _, name := range names {
		f, d := hclsyntax.ParseConfig(files[name], name, hcl.InitialPos)
		if d.HasErrors() {
			continue
		}
		body, ok := f.Body.(*hclsyntax.Body)
		if !ok {
			continue
		}
		for _, tb := range body.Blocks {
			if tb.Type != "table" || len(tb.Labels) == 0 {
				continue
			}
			for _, gb := range tb.Body.Blocks {
				a := gb.Body.Attributes["role"]
				if gb.Type != "grant" || a == nil {
					continue
				}
				role, ok, _ := stringValue(a.Expr, "role")
				if !ok || !slices.Contains(missing, role) {
					continue
				}
				diags = append(diags, errorf(a.Expr.Range(), "Role does not exist",
					"The database server has no role %q, to which this grant on table %q gives privileges. schemactl does not manage roles (they belong to the server, not to a schema): create it first (CREATE ROLE %s), or remove the grant.",
					role, tb.Labels[len(tb.Labels)-1], role))
			}
		}
	}
	return diags
}
