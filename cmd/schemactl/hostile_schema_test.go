package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/hclschema"
)

// TestHostileSchemaIsAnError: a schema nested 100,000 deep (a stack
// overflow: exit 2, "changes present"), one with a NUL byte in a name
// (which passed validate and failed apply), one too large to read and one
// with a piece too large to parse are
// each a diagnostic and exit 1 for every command that reads the HCL (fmt
// checks syntax and size, not names).
func TestHostileSchemaIsAnError(t *testing.T) {
	header := "schema \"public\" {}\ntable \"t\" {\n  schema = schema.public\n  column \"c\" {\n    type    = integer\n    default = "
	footer := "\n  }\n}\n"
	for summary, src := range map[string]string{
		"Nesting too deep":   header + strings.Repeat("(", 100_000) + "1" + strings.Repeat(")", 100_000) + footer,
		"Invalid character":  strings.Replace(header, `"c"`, `"c\u0000d"`, 1) + "1" + footer,
		"Cannot read schema": header + "1" + footer + "# " + strings.Repeat("x", hclschema.MaxSchemaBytes+1<<20) + "\n",
		// Within the size, but one piece larger than the loader parses.
		"Block too large": header + "1" + footer + "# " + strings.Repeat("x", 9<<20) + "\n",
	} {
		t.Run(summary, func(t *testing.T) {
			dir := t.TempDir()
			schema := filepath.Join(dir, "schema.hcl")
			if err := os.WriteFile(schema, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, args := range [][]string{
				{"validate", "--schema", schema},
				{"fmt", "--check", "--schema", schema},
				{"plan", "--schema", schema, "--migrations", filepath.Join(dir, "migrations")},
				{"generate", "--schema", schema, "--out", filepath.Join(dir, "gen")},
			} {
				if args[0] == "fmt" && summary == "Invalid character" {
					continue // fmt checks syntax and layout, not names
				}
				status, out, errOut := runCLI(t, nil, args...)
				want := summary
				if args[0] == "fmt" && summary == "Cannot read schema" {
					want = fmt.Sprintf("larger than %d MiB", hclschema.MaxSchemaBytes>>20)
				}
				if status != exitError || !strings.Contains(errOut, want) || len(out+errOut) > 4_000 {
					t.Errorf("%s: exit %d, want 1 and %q:\n%.4000s%.4000s", args[0], status, want, out, errOut)
				}
			}
		})
	}
}
