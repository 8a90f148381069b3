package ddl

import (
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// DollarQuote puts body between dollar quotes whose tag the body does
// not contain, so that no text of the body can close them and run as a
// statement of its own: $tag$, else $tag1$, $tag2$, ... The closing
// quote must be the first occurrence of the tag after the opening one,
// also where the body's end runs into it ("...$fun" + "$function$").
func DollarQuote(body, tag string) string {
	t := "$" + tag + "$"
	for i := 1; strings.Index(body+t, t) != len(body); i++ {
		t = fmt.Sprintf("$%s%d$", tag, i)
	}
	return t + body + t
}

// functionArgs is the argument list of CREATE FUNCTION.
func functionArgs(args []*models.FunctionArg) string {
	parts := make([]string, len(args))
	for i, a := range args {
		var b strings.Builder
		if a.Mode != "" {
			b.WriteString(a.Mode + " ")
		}
		if a.Name != "" {
			b.WriteString(models.QuoteIdent(a.Name) + " ")
		}
		b.WriteString(a.Type.SQL())
		if a.Default != "" {
			b.WriteString(" DEFAULT " + a.Default)
		}
		parts[i] = b.String()
	}
	return strings.Join(parts, ", ")
}

// CreateFunction is CREATE [OR REPLACE] FUNCTION (or PROCEDURE) f,
// ending with a semicolon. The body goes between dollar quotes it cannot
// close (DollarQuote).
func CreateFunction(f *models.Function, orReplace bool) string {
	var b strings.Builder
	b.WriteString("CREATE ")
	if orReplace {
		b.WriteString("OR REPLACE ")
	}
	b.WriteString(strings.ToUpper(f.Kind()) + " " + models.QualifiedName(f.Schema, f.Name) + "(" + functionArgs(f.Args) + ")")
	if !f.Procedure {
		b.WriteString("\n RETURNS " + f.ReturnsSQL())
	}
	b.WriteString("\n LANGUAGE " + models.QuoteIdent(f.Language))
	if !f.Procedure {
		vol := f.Volatility
		if vol == "" {
			vol = models.VolatilityVolatile
		}
		b.WriteString(" " + vol)
		if f.Strict {
			b.WriteString(" STRICT")
		}
	}
	if f.SecurityDefiner {
		b.WriteString(" SECURITY DEFINER")
	}
	if f.SearchPath != "" {
		b.WriteString("\n SET search_path = " + models.SearchPathSQL(f.SearchPath))
	}
	b.WriteString("\nAS " + DollarQuote(f.Body, f.Kind()) + ";")
	return b.String()
}

// CreateTrigger is CREATE [OR REPLACE] TRIGGER tr ON the quoted,
// qualified table, ending with a semicolon.
func CreateTrigger(qualifiedTable string, tr *models.Trigger, orReplace bool) string {
	var b strings.Builder
	b.WriteString("CREATE ")
	if orReplace {
		b.WriteString("OR REPLACE ")
	}
	level := "STATEMENT"
	if tr.ForEachRow {
		level = "ROW"
	}
	fmt.Fprintf(&b, "TRIGGER %s %s %s ON %s FOR EACH %s", models.QuoteIdent(tr.Name), tr.Timing, tr.EventsSQL(), qualifiedTable, level)
	if tr.When != "" {
		b.WriteString(" WHEN (" + tr.When + ")")
	}
	fmt.Fprintf(&b, " EXECUTE FUNCTION %s(%s);", models.QualifiedName(tr.FunctionSchema, tr.FunctionName), tr.ArgsSQL())
	return b.String()
}
