package plan

import (
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/sqllex"
)

// callsAny reports whether one of exprs calls function name.
func callsAny(name string, exprs []string) bool {
	for _, e := range exprs {
		if e == "" {
			continue
		}
		if called, all := sqllex.CalledFunctions(e); all || called[name] {
			return true
		}
	}
	return false
}

// orderFunctionUsers orders what calls a function against its creation
// and drop, once every statement is emitted: a statement whose SQL names
// a desired function (a policy, default, check, index or trigger) runs
// after the functions of that name are created; a statement that only
// drops something of a live table naming a function runs before the
// functions of that name are dropped. Names are matched as identifiers
// called in the text (followed by "("), so a coincidence costs an
// ordering edge, nothing more.
func (b *builder) orderFunctionUsers() {
	desired := functionNames(b.desired)
	current := functionNames(b.current)
	if len(desired)+len(current) == 0 {
		return
	}
	for _, s := range b.g.stmts {
		if isFunctionStatement(s) || len(s.creates) == 0 {
			continue
		}
		called, all := sqllex.CalledFunctions(s.SQL)
		for _, n := range desired {
			if all || called[n] {
				s.requires = append(s.requires, functionNameKey(n))
			}
		}
	}
	for _, t := range b.current.Tables() {
		names := namedFunctions(t, current)
		if len(names) == 0 {
			continue
		}
		prefix := []string{tableKey(t.Schema, t.Name), columnsKey(t.Schema, t.Name),
			key("constraint", t.Schema, t.Name), key("policy", t.Schema, t.Name), key("trigger", t.Schema, t.Name)}
		for _, s := range b.g.stmts {
			if len(s.creates) > 0 || isFunctionStatement(s) || !dropsAny(s, prefix) {
				continue
			}
			for _, n := range names {
				s.dropDeps = append(s.dropDeps, functionNameKey(n))
			}
		}
	}
}

func isFunctionStatement(s *Statement) bool {
	for _, k := range append(slices.Clone(s.creates), s.drops...) {
		if strings.HasPrefix(k, "function\x1f") {
			return true
		}
	}
	return false
}

// dropsAny reports whether s drops a key equal to one of keys or under
// it (the keys of a table's constraints start with its constraint key).
func dropsAny(s *Statement, keys []string) bool {
	for _, d := range s.drops {
		for _, k := range keys {
			if d == k || strings.HasPrefix(d, k+"\x1f") {
				return true
			}
		}
	}
	return false
}

// functionNames lists the names of r's functions, each once.
func functionNames(r *models.Realm) []string {
	var out []string
	for _, s := range r.Schemas {
		for _, f := range s.Functions {
			if !slices.Contains(out, f.Name) {
				out = append(out, f.Name)
			}
		}
	}
	return out
}

// namedFunctions are the names among names that t's expressions (column
// defaults and generation expressions, checks, index keys and
// predicates, policies) or triggers name.
func namedFunctions(t *models.Table, names []string) []string {
	var exprs []string
	for _, c := range t.Columns {
		exprs = append(exprs, c.Default, c.Generated)
	}
	for _, c := range t.Checks {
		exprs = append(exprs, c.Expr)
	}
	for _, ix := range t.Indexes {
		exprs = append(exprs, ix.Where)
		for _, p := range ix.Parts {
			exprs = append(exprs, p.Expr)
		}
	}
	for _, p := range t.Policies {
		exprs = append(exprs, p.Using, p.Check)
	}
	var out []string
	for _, n := range names {
		if slices.ContainsFunc(t.Triggers, func(tr *models.Trigger) bool { return tr.FunctionName == n }) || callsAny(n, exprs) {
			out = append(out, n)
		}
	}
	return out
}
