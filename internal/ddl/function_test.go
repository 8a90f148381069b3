package ddl

import (
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/sqllex"
)

// TestFunctionBodyCannotEndItsQuotes: whatever a body holds, the CREATE
// FUNCTION it goes into is one statement, and the body comes back from
// its dollar quotes exactly: a body cannot close them and smuggle a
// statement of its own, as every expression from the HCL (docs/hcl.md, "SQL expressions").
func TestFunctionBodyCannotEndItsQuotes(t *testing.T) {
	bodies := []string{
		"SELECT 1",
		"SELECT 1 $function$; DROP TABLE victim; --",
		"$function$; COMMIT; DROP TABLE victim; SELECT $function$",
		"SELECT '$function1$' || $function$x$function$ || $function2$",
		"SELECT 1 $func",
		"SELECT 1 $function",
		"SELECT 1 $",
		"BEGIN\n  RETURN NEW;\nEND\n",
	}
	for _, body := range bodies {
		f := &models.Function{Schema: "public", Name: "f", Language: "sql", Body: body,
			Returns: &models.FunctionReturn{Type: models.Type{Name: "integer"}}}
		sql := CreateFunction(f, false)
		stmts := sqllex.SplitStatements(sql)
		if len(stmts) != 1 {
			t.Errorf("body %q: %d statements:\n%s", body, len(stmts), sql)
			continue
		}
		toks, err := sqllex.ScanSignificant(stmts[0])
		if err != nil {
			t.Fatalf("body %q: %v", body, err)
		}
		last := toks[len(toks)-1]
		if last.Kind != sqllex.DollarString {
			t.Errorf("body %q: the statement ends with %q, not the quoted body", body, last.Text)
			continue
		}
		quoted := last.Text
		tag := quoted[:strings.IndexByte(quoted[1:], '$')+2]
		if got := strings.TrimSuffix(strings.TrimPrefix(quoted, tag), tag); got != body {
			t.Errorf("body %q came back as %q", body, got)
		}
	}
}
