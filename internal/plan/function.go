package plan

import (
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/ddl"
	"github.com/schemactl/schemactl/internal/models"
)

// Functions and procedures (models.Function). A function is identified by
// its schema, name and input argument types: another list of types is
// another function (an overload). One that changes in a way CREATE OR
// REPLACE allows (same result, same argument names and modes, no default
// removed) is replaced in place; any other change drops it and creates
// it again, with the policies and triggers that use it (PostgreSQL
// refuses to drop a function something depends on). Function bodies are
// not checked when created (SET LOCAL check_function_bodies = false, as
// pg_dump does), so a body may read tables and call functions created
// later in the plan.

func functionKey(f *models.Function) string {
	return key("function", f.Schema, f.Name, f.IdentityArgs())
}

// functionNameKey stands for every function of a name, in any schema,
// for what names a function without its schema and argument types (an
// expression's call, a trigger's execute).
func functionNameKey(name string) string { return key("fname", name) }

// functionAddress is function.SCHEMA.NAME(ARGS), the argument types as
// format_type spells them (a user type schema-qualified, unquoted).
func functionAddress(f *models.Function) string {
	return addressOf(KindFunction, f.Schema, f.Name+"("+displayArgs(f)+")")
}

func displayArgs(f *models.Function) string {
	var parts []string
	for _, a := range f.Args {
		if a.IsInput() {
			parts = append(parts, displayType(a.Type))
		}
	}
	return strings.Join(parts, ", ")
}

func displayType(t models.Type) string {
	if !t.IsEnum() {
		return t.SQL()
	}
	s := t.EnumSchema + "." + t.Name
	if t.Array {
		s += "[]"
	}
	return s
}

func functionKind(f *models.Function) Kind {
	if f.Procedure {
		return KindProcedure
	}
	return KindFunction
}

// noteReplacedFunctions records, before the tables are diffed, the
// functions this plan drops and creates again, so that the checks
// calling them are replaced with them.
func (b *builder) noteReplacedFunctions() {
	for _, s := range b.desired.Schemas {
		for _, f := range s.Functions {
			if cur := b.current.Function(f.Schema, f.Name, f.IdentityArgs()); cur != nil && !cur.Equal(f) && !inPlace(cur, f) {
				b.noteReplacedFunction(cur)
			}
		}
	}
	// A function dropped while another of its name is declared (its
	// argument types changed) is replaced too, for what calls it by name.
	for _, s := range b.current.Schemas {
		for _, f := range s.Functions {
			if b.desired.Function(f.Schema, f.Name, f.IdentityArgs()) == nil && b.desired.Schema(f.Schema).HasFunction(f.Name) {
				b.noteReplacedFunction(f)
			}
		}
	}
}

// diffFunctions diffs the functions before the policies and triggers, so
// that those using a replaced function are replaced with it
// (b.replacedFunctions).
func (b *builder) diffFunctions() {
	for _, s := range b.desired.Schemas {
		for _, f := range s.Functions {
			cur := b.current.Function(f.Schema, f.Name, f.IdentityArgs())
			switch {
			case cur == nil:
				c := b.change(functionKind(f), functionAddress(f), ActionCreate)
				b.createFunction(c, f, false)
			case cur.Equal(f):
			case inPlace(cur, f):
				b.alterFunction(cur, f)
			default:
				b.replaceFunction(cur, f)
			}
		}
	}
	for _, s := range b.current.Schemas {
		for _, f := range s.Functions {
			if b.desired.Function(f.Schema, f.Name, f.IdentityArgs()) == nil {
				b.dropFunction(f)
			}
		}
	}
}

// inPlace reports whether CREATE OR REPLACE can take cur to f: PostgreSQL
// refuses another result type, another name or mode of an argument, and
// a default removed.
func inPlace(cur, f *models.Function) bool {
	if cur.Procedure != f.Procedure || !cur.Returns.Equal(f.Returns) || len(cur.Args) != len(f.Args) {
		return false
	}
	for i, a := range f.Args {
		o := cur.Args[i]
		if o.Name != a.Name || o.Mode != a.Mode || (o.Default != "" && a.Default == "") {
			return false
		}
	}
	return true
}

// bodyCheckOff is the statement that lets function bodies name what the
// plan creates after them. It is emitted once, before every function.
func (b *builder) bodyCheckOff() *Statement {
	if b.checkOff == nil {
		b.checkOff = &Statement{SQL: "SET LOCAL check_function_bodies = false;"}
		b.g.add(b.checkOff)
	}
	return b.checkOff
}

// functionRequires are the keys a function's creation waits for: its
// schema, and the enums and tables its types name.
func functionRequires(f *models.Function) []string {
	req := []string{schemaKey(f.Schema)}
	types := make([]models.Type, 0, len(f.Args)+1)
	for _, a := range f.Args {
		types = append(types, a.Type)
	}
	if r := f.Returns; r != nil {
		types = append(types, r.Type)
		for _, c := range r.Table {
			types = append(types, c.Type)
		}
	}
	for _, t := range types {
		if t.IsUserType() { // an enum, a domain or a composite type
			req = append(req, typeKey(t.EnumSchema, t.Name), tableKey(t.EnumSchema, t.Name))
		}
	}
	return req
}

func (b *builder) createFunction(c *Change, f *models.Function, orReplace bool) *Statement {
	if c.Action == ActionCreate || c.Action == ActionReplace {
		c.Items = append(c.Items, Item{Action: c.Action, Object: f.Kind() + " " + displayName(f.Schema, f.Name) + "(" + displayArgs(f) + ")", New: functionSummary(f)})
	}
	s := b.emit(c, &Statement{
		SQL:      ddl.CreateFunction(f, orReplace),
		creates:  []string{functionKey(f), functionNameKey(f.Name)},
		requires: functionRequires(f),
	})
	s.after = append(s.after, b.bodyCheckOff())
	if f.Comment != "" {
		b.commentFunction(c, f)
	}
	return s
}

// functionSummary is a function's definition for a plan's details.
func functionSummary(f *models.Function) string {
	s := "LANGUAGE " + f.Language
	if !f.Procedure {
		s = "RETURNS " + f.ReturnsSQL() + " " + s
	}
	if f.Volatility != "" {
		s += " " + f.Volatility
	}
	if f.SecurityDefiner {
		s += " SECURITY DEFINER"
	}
	return s
}

func (b *builder) commentFunction(c *Change, f *models.Function) {
	b.emit(c, &Statement{
		SQL:      fmt.Sprintf("COMMENT ON %s %s IS %s;", strings.ToUpper(f.Kind()), f.Signature(), commentLiteral(f.Comment)),
		requires: []string{functionKey(f)},
	})
}

// alterFunction replaces a function in place (CREATE OR REPLACE), and
// sets its comment when that alone changes.
func (b *builder) alterFunction(cur, f *models.Function) {
	c := b.change(functionKind(f), functionAddress(f), ActionUpdate)
	obj := f.Kind() + " " + displayName(f.Schema, f.Name)
	withoutComment := *cur
	withoutComment.Comment = f.Comment
	if !withoutComment.Equal(f) {
		for _, d := range functionDifferences(cur, f) {
			c.Items = append(c.Items, updated(obj, d[0], d[1], d[2]))
		}
		b.emit(c, &Statement{
			SQL:      ddl.CreateFunction(f, true),
			creates:  []string{functionKey(f), functionNameKey(f.Name)},
			drops:    []string{functionKey(f)},
			requires: functionRequires(f),
		}).after = []*Statement{b.bodyCheckOff()}
	}
	if cur.Comment != f.Comment {
		c.Items = append(c.Items, updated(obj, "comment", commentText(cur.Comment), commentText(f.Comment)))
		b.commentFunction(c, f)
	}
}

// functionDifferences names what differs between two versions of a
// function (attribute, old, new), the body as "changed".
func functionDifferences(cur, f *models.Function) [][3]string {
	var out [][3]string
	add := func(attr, o, n string) {
		if o != n {
			out = append(out, [3]string{attr, orNone(o), orNone(n)})
		}
	}
	add("lang", cur.Language, f.Language)
	add("volatility", cur.Volatility, f.Volatility)
	add("strict", fmt.Sprint(cur.Strict), fmt.Sprint(f.Strict))
	add("security definer", fmt.Sprint(cur.SecurityDefiner), fmt.Sprint(f.SecurityDefiner))
	add("search_path", cur.SearchPath, f.SearchPath)
	if !cur.SameArgs(f) {
		out = append(out, [3]string{"arguments", "(" + argsText(cur.Args) + ")", "(" + argsText(f.Args) + ")"})
	}
	if !cur.Returns.Equal(f.Returns) {
		add("return", cur.ReturnsSQL(), f.ReturnsSQL())
	}
	if cur.Body != f.Body {
		out = append(out, [3]string{"body", "(changed)", fmt.Sprintf("(%d lines)", strings.Count(f.Body, "\n")+1)})
	}
	return out
}

func argsText(args []*models.FunctionArg) string {
	parts := make([]string, len(args))
	for i, a := range args {
		p := strings.TrimSpace(a.Mode + " " + a.Name + " " + displayType(a.Type))
		if a.Default != "" {
			p += " DEFAULT " + a.Default
		}
		parts[i] = p
	}
	return strings.Join(parts, ", ")
}

// replaceFunction drops a function and creates it again: a change
// CREATE OR REPLACE cannot make. What uses it is replaced with it
// (policies, triggers: b.replacedFunctions).
func (b *builder) replaceFunction(cur, f *models.Function) {
	c := b.change(functionKind(f), functionAddress(f), ActionReplace)
	b.noteReplacedFunction(cur)
	drop := b.emit(c, &Statement{
		SQL:      fmt.Sprintf("DROP %s %s;", strings.ToUpper(cur.Kind()), cur.Signature()),
		drops:    []string{functionKey(cur), functionNameKey(cur.Name)},
		dropDeps: functionRequires(cur),
		Hazards: []Hazard{{HazardFunctionReplaced, fmt.Sprintf(
			"%s %s is dropped and created again (PostgreSQL cannot change its result or arguments in place): calls between the two statements fail, and the policies and triggers using it are created again with it",
			cur.Kind(), displayName(cur.Schema, cur.Name))}},
	})
	create := b.createFunction(c, f, false)
	b.resetDefaults(c, cur, drop, create)
}

// resetDefaults drops the column defaults calling function cur, which
// this plan drops and creates again, before the drop (PostgreSQL refuses
// to drop a function a default uses), and sets the unchanged ones again
// after the creation (create; nil when the function of that name created
// is another, which the default's call orders after it).
func (b *builder) resetDefaults(c *Change, cur *models.Function, drop, create *Statement) {
	for _, t := range b.current.Tables() {
		dt := b.desired.Table(t.Schema, t.Name)
		for _, col := range t.Columns {
			dc := dt.Column(col.Name)
			if dc == nil || dc.Default != col.Default || !callsAny(cur.Name, []string{col.Default}) {
				continue
			}
			c.Items = append(c.Items, Item{Action: ActionReplace, Object: fmt.Sprintf("default of column %s.%s", displayName(t.Schema, t.Name), col.Name), New: col.Default})
			unset := b.alterStatement(c, t, alterColumnSQL(t, col)+" DROP DEFAULT;")
			drop.after = append(drop.after, unset)
			set := b.alterStatement(c, t, fmt.Sprintf("%s SET DEFAULT %s;", alterColumnSQL(t, col), defaultSQL(col.Default)))
			if create != nil {
				set.after = append(set.after, create)
			}
		}
	}
}

// noteReplacedFunction records that this plan drops function f and
// creates it again.
func (b *builder) noteReplacedFunction(f *models.Function) {
	if b.replacedFunctions == nil {
		b.replacedFunctions = map[[2]string]bool{}
	}
	b.replacedFunctions[[2]string{f.Schema, f.Name}] = true
}

func (b *builder) dropFunction(f *models.Function) {
	addr := functionAddress(f)
	c := b.change(functionKind(f), addr, ActionDelete)
	c.markDestroy(addr)
	c.Items = append(c.Items, dropped(f.Kind()+" "+displayName(f.Schema, f.Name)+"("+displayArgs(f)+")", ""))
	drop := b.emit(c, &Statement{
		SQL:      fmt.Sprintf("DROP %s %s;", strings.ToUpper(f.Kind()), f.Signature()),
		drops:    []string{functionKey(f), functionNameKey(f.Name)},
		dropDeps: functionRequires(f),
	})
	if b.replacedFunctions[[2]string{f.Schema, f.Name}] {
		b.resetDefaults(c, f, drop, nil)
	}
}
