package plan

import (
	"fmt"
	"strings"
)

// DestroyError is returned when a plan would destroy objects it may not:
// Refused need --allow-destroy, Prevented are protected by
// lifecycle.prevent_destroy (now or in the recorded state) and are never
// dropped.
type DestroyError struct {
	Refused   []string
	Prevented []string
}

func (e *DestroyError) Error() string {
	var b strings.Builder
	if len(e.Prevented) > 0 {
		fmt.Fprintf(&b, "refusing to destroy %s: lifecycle.prevent_destroy is set (set it to false and apply first, then remove the object)", joinOneLine(e.Prevented))
	}
	if len(e.Refused) > 0 {
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "the plan destroys %s: pass --allow-destroy to allow it", joinOneLine(e.Refused))
	}
	return b.String()
}

// ExistsError is returned when the declaration would create objects the
// database already has that no migration made: taking them over needs an
// import block (docs/hcl.md), not a CREATE that cannot run.
type ExistsError struct {
	// Addresses are the objects: "table.public.performance_metrics".
	Addresses []string
	// Imports are the import blocks that would take them over.
	Imports []string
}

func (e *ExistsError) Error() string {
	return fmt.Sprintf("%s already exist(s) in the database but no migration created it: to take it over after checking its shape (schemactl inspect --import), declare\n%s",
		joinOneLine(e.Addresses), strings.Join(e.Imports, "\n"))
}

// TypeChangeError is returned when the declaration changes a domain or
// a composite type in a way PostgreSQL cannot make while columns (or
// other types) use it: a domain's base type or collation, a composite
// type's field order or a used field's type. Each refusal names the type,
// the change, what uses it and the way round.
type TypeChangeError struct {
	Refusals []string
}

func (e *TypeChangeError) Error() string {
	return "refusing to plan: " + strings.Join(e.Refusals, "; ")
}

// ImportError is returned when an object an import block takes over
// differs from its declaration: apply would refuse it, so the plan does.
type ImportError struct {
	// Address is the imported object's: "table.public.performance_metrics".
	Address string
	// Differences say how the database differs, one per line.
	Differences []string
}

func (e *ImportError) Error() string {
	return fmt.Sprintf("importing %s: the database differs from the declaration, and apply would change nothing and fail:\n  %s",
		oneLine(e.Address), strings.Join(e.Differences, "\n  "))
}

// oneLine is an object's address as one line of a message: a newline or
// tab in a name (which quoting allows) is shown as \n or \t, so that it
// cannot start what reads as a line of its own ("Error: …").
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") {
		return s
	}
	return strings.NewReplacer("\n", `\n`, "\r", `\r`, "\t", `\t`).Replace(s)
}

func joinOneLine(items []string) string {
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = oneLine(s)
	}
	return strings.Join(out, ", ")
}
