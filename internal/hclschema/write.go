package hclschema

import (
	"bufio"
	"bytes"
	"io"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/sqllex"
)

// Write renders a realm as one HCL document in the canonical layout:
// schemas, import blocks, enums, composite types, domains, sequences,
// data tables, tables and
// policies, each sorted by name; inside a table its schema and comment,
// unlogged, storage_parameters and replica_identity, the columns in
// order, then primary_key, indexes, uniques, checks, excludes,
// foreign_keys, row_security and lifecycle. Defaults are omitted.
// Load(Write(r)) equals
// r. Write does not modify r.
func Write(r *models.Realm) []byte { return WriteForProject(r, nil) }

// WriteForProject is Write for a file to add to a project whose other
// files load into project (nil: none). The schema blocks project declares
// are left out, and references to what project declares (its tables, data
// tables and enums) are written so that they resolve there: loading the
// project's files with this one gives project and r together.
func WriteForProject(r, project *models.Realm) []byte {
	var b bytes.Buffer
	_ = WriteProjectTo(&b, r, project) // a bytes.Buffer does not fail
	return b.Bytes()
}

// WriteProjectTo is WriteForProject to out, one top-level block at a
// time: each is built, laid out and written on its own (see
// blockWriter), so the memory it takes does not grow with the realm
// beyond a copy of it. It returns out's first error.
func WriteProjectTo(out io.Writer, r, project *models.Realm) error {
	_, _, err := writeBlocks(out, r, project)
	return err
}

// writeBlocks is WriteProjectTo, and returns where each block went and
// the writer that wrote them.
func writeBlocks(out io.Writer, r, project *models.Realm) (*writer, []blockSpan, error) {
	r = r.Clone().Normalize()
	w := newWriter(r, project)
	bw := bufio.NewWriterSize(out, 64<<10)
	bl := &blockWriter{out: bw}
	for _, s := range r.Schemas {
		if project.Schema(s.Name) != nil {
			continue
		}
		bl.block("schema", []string{s.Name}, nil, func(b *body) {
			if s.Exclusive {
				b.SetAttributeValue("exclusive", cty.True)
			}
			if s.Comment != "" {
				b.SetAttributeValue("comment", cty.StringVal(s.Comment))
			}
			writeIgnoredGrantRoles(b, s.IgnoreGrantsTo)
		})
	}
	for _, e := range r.Extensions {
		bl.block("extension", []string{e.Name}, nil, func(b *body) { w.writeExtension(b, e) })
	}
	for _, im := range r.Imports {
		bl.block("import", nil, nil, func(b *body) { b.SetAttributeRaw("to", refTokens(w.importTarget(im))) })
	}
	for _, s := range r.Schemas {
		for _, e := range s.Enums {
			bl.block("enum", []string{e.Name}, nil, func(b *body) { writeEnum(b, e) })
		}
	}
	for _, s := range r.Schemas {
		for _, c := range s.Composites {
			bl.block("composite", []string{c.Name}, nil, func(b *body) { w.writeComposite(b, c) })
		}
		for _, d := range s.Domains {
			bl.block("domain", []string{d.Name}, nil, func(b *body) { w.writeDomain(b, d) })
		}
	}
	for _, s := range r.Schemas {
		for _, q := range s.Sequences {
			bl.block("sequence", []string{q.Name}, nil, func(b *body) { w.writeSequence(b, q) })
		}
	}
	for _, d := range r.Data {
		bl.block("data", []string{"table", d.Label}, nil, func(b *body) { w.writeData(b, d) })
	}
	tables := r.Tables()
	for _, t := range tables {
		bl.block("table", w.tableLabels(t), t, func(b *body) { w.writeTable(b, t) })
	}
	for _, t := range tables {
		for _, p := range t.Policies {
			bl.block("policy", []string{p.Name}, t, func(b *body) { w.writePolicy(b, t, p) })
		}
	}
	for _, v := range r.Views() {
		bl.block(viewBlockType(v), []string{v.Name}, nil, func(b *body) { w.writeView(b, v) })
	}
	w.writeRoutines(bl, r)
	for _, m := range r.Moves {
		bl.block("moved", nil, nil, func(b *body) { w.writeMoved(b, m) })
	}
	if bl.err != nil {
		return nil, nil, bl.err
	}
	return w, bl.spans, bw.Flush()
}

func writeEnum(b *body, e *models.Enum) {
	b.SetAttributeTraversal("schema", traversal("schema", e.Schema))
	values := make([]cty.Value, len(e.Values))
	for i, v := range e.Values {
		values[i] = cty.StringVal(v)
	}
	if len(values) == 0 {
		b.SetAttributeValue("values", cty.EmptyTupleVal)
	} else {
		b.SetAttributeValue("values", cty.TupleVal(values))
	}
}

// writer knows, for the realm being written (and the project it is
// written for), which names need to be qualified to stay unambiguous.
type writer struct {
	realm, project *models.Realm
	// qualifiedTables are table names declared in several schemas: they
	// are written table "s" "t" and referenced table.s.t.
	qualifiedTables map[string]bool
	// typeSchemas are the schemas declaring each user type name, by
	// typeSchemaKey: a name in one schema is referenced without it.
	typeSchemas map[string][]string
}

func newWriter(r, project *models.Realm) *writer {
	w := &writer{realm: r, project: project, qualifiedTables: map[string]bool{}, typeSchemas: map[string][]string{}}
	schemaOf := map[string]string{}
	for _, t := range append(r.Tables(), project.Tables()...) {
		if s, seen := schemaOf[t.Name]; seen && s != t.Schema {
			w.qualifiedTables[t.Name] = true
		}
		schemaOf[t.Name] = t.Schema
	}
	for _, realm := range []*models.Realm{r, project} {
		if realm == nil {
			continue
		}
		for _, s := range realm.Schemas {
			for _, e := range s.Enums {
				w.noteTypeSchema(models.TypeEnum, e.Name, s.Name)
			}
			for _, d := range s.Domains {
				w.noteTypeSchema(models.TypeDomain, d.Name, s.Name)
			}
			for _, c := range s.Composites {
				w.noteTypeSchema(models.TypeComposite, c.Name, s.Name)
			}
		}
	}
	return w
}

func (w *writer) tableLabels(t *models.Table) []string {
	if w.qualifiedTables[t.Name] {
		return []string{t.Schema, t.Name}
	}
	return []string{t.Name}
}

// tableTraversal is table.t, or table.s.t for a name in several schemas
// and for a table only the project declares (which may declare it with
// one label or two: the qualified reference resolves either way).
func (w *writer) tableTraversal(schema, name string) []string {
	if w.qualifiedTables[name] || w.realm.Table(schema, name) == nil {
		return []string{"table", schema, name}
	}
	return []string{"table", name}
}

// traversal builds a static reference; names that are not HCL
// identifiers become index keys (column["my col"]).
func traversal(root string, names ...string) hcl.Traversal {
	tr := hcl.Traversal{hcl.TraverseRoot{Name: root}}
	for _, n := range names {
		if hclsyntax.ValidIdentifier(n) {
			tr = append(tr, hcl.TraverseAttr{Name: n})
		} else {
			tr = append(tr, hcl.TraverseIndex{Key: cty.StringVal(n)})
		}
	}
	return tr
}

func refTokens(parts []string) string {
	return refText(parts)
}

func columnList(cols []string) string {
	elems := make([]string, len(cols))
	for i, c := range cols {
		elems[i] = refTokens([]string{"column", c})
	}
	return tupleText(elems)
}

func sqlTokens(text string) string {
	return callText("sql", string(appendValue(nil, cty.StringVal(text))))
}

func keywordTokens(word string) string {
	return word
}

func (w *writer) writeTable(b *body, t *models.Table) {
	b.SetAttributeTraversal("schema", traversal("schema", t.Schema))
	if t.Comment != "" {
		b.SetAttributeValue("comment", cty.StringVal(t.Comment))
	}
	writeTableProperties(b, t)
	w.writePartitionOf(b, t)
	section := func() { b.AppendNewline() }
	if len(t.Columns) > 0 {
		section()
	}
	for _, c := range t.Columns {
		w.writeColumn(b.AppendNewBlock("column", []string{c.Name}).Body(), t, c)
	}
	writePartitionKey(b, t)
	if pk := t.PrimaryKey; pk != nil {
		section()
		var labels []string
		if pk.Name != models.DefaultConstraintName(t.Name, nil, "pkey") {
			labels = []string{pk.Name}
		}
		writePrimaryKey(b.AppendNewBlock("primary_key", labels).Body(), pk)
	}
	if len(t.Indexes) > 0 {
		section()
	}
	for _, ix := range t.Indexes {
		writeIndex(b.AppendNewBlock("index", []string{ix.Name}).Body(), ix)
	}
	if len(t.Uniques) > 0 {
		section()
	}
	for _, u := range t.Uniques {
		writeUnique(b.AppendNewBlock("unique", []string{u.Name}).Body(), u)
	}
	if len(t.Checks) > 0 {
		section()
	}
	for _, c := range t.Checks {
		writeCheck(b.AppendNewBlock("check", []string{c.Name}).Body(), c)
	}
	if len(t.Exclusions) > 0 {
		section()
	}
	for _, x := range t.Exclusions {
		writeExclusion(b.AppendNewBlock("exclude", []string{x.Name}).Body(), x)
	}
	if len(t.ForeignKeys) > 0 {
		section()
	}
	for _, fk := range t.ForeignKeys {
		w.writeForeignKey(b.AppendNewBlock("foreign_key", []string{fk.Name}).Body(), t, fk)
	}
	writeGrants(b, t)
	if t.RowSecurity.Enabled || t.RowSecurity.Forced || t.Lifecycle.PreventDestroy {
		section()
	}
	if t.RowSecurity.Enabled || t.RowSecurity.Forced {
		rs := b.AppendNewBlock("row_security", nil).Body()
		if t.RowSecurity.Enabled {
			rs.SetAttributeValue("enabled", cty.True)
		}
		if t.RowSecurity.Forced {
			rs.SetAttributeValue("forced", cty.True)
		}
	}
	if t.Lifecycle.PreventDestroy {
		b.AppendNewBlock("lifecycle", nil).Body().SetAttributeValue("prevent_destroy", cty.True)
	}
}

func (w *writer) writeColumn(b *body, t *models.Table, c *models.Column) {
	if name := models.SerialTypeName(c.Type); c.Serial && name != "" {
		b.SetAttributeRaw("type", name)
	} else {
		b.SetAttributeRaw("type", w.typeTokens(t.Schema, c.Type))
	}
	if c.Nullable && c.Identity == nil {
		b.SetAttributeValue("null", cty.True)
	}
	if c.Default != "" {
		b.SetAttributeRaw("default", defaultTokens(c.Default))
	}
	if c.Comment != "" {
		b.SetAttributeValue("comment", cty.StringVal(c.Comment))
	}
	if c.Collation != "" {
		b.SetAttributeValue("collate", cty.StringVal(c.Collation))
	}
	if c.Identity != nil {
		generated := "ALWAYS"
		if c.Identity.Generated == models.IdentityByDefault {
			generated = "BY_DEFAULT"
		}
		ib := b.AppendNewBlock("identity", nil).Body()
		ib.SetAttributeRaw("generated", keywordTokens(generated))
		if c.Identity.Start != 0 {
			ib.SetAttributeValue("start", cty.NumberIntVal(c.Identity.Start))
		}
		if c.Identity.Increment != 0 {
			ib.SetAttributeValue("increment", cty.NumberIntVal(c.Identity.Increment))
		}
	}
	if c.Generated != "" {
		ab := b.AppendNewBlock("as", nil).Body()
		ab.SetAttributeValue("expr", cty.StringVal(c.Generated))
		ab.SetAttributeRaw("type", keywordTokens("STORED"))
	}
}

// typeTokens writes a type back in the HCL spelling the loader reads, for
// a column of a table in schema.
func (w *writer) typeTokens(schema string, ty models.Type) string {
	if ty.IsUserType() {
		if ty.Array {
			return sqlTokens(ty.SQL())
		}
		prefix := ty.Kind
		if ty.IsEnum() {
			prefix = "enum"
		}
		schemas := w.typeSchemas[typeSchemaKey(ty.Kind, ty.Name)]
		if ty.EnumSchema == schema || (len(schemas) == 1 && schemas[0] == ty.EnumSchema) {
			return refTokens([]string{prefix, ty.Name})
		}
		return refTokens([]string{prefix, ty.EnumSchema, ty.Name})
	}
	if kw, mods, ok := models.KeywordFor(ty); ok {
		if len(mods) == 0 {
			return kw
		}
		args := make([]string, len(mods))
		for i, m := range mods {
			args[i] = string(appendValue(nil, cty.NumberIntVal(int64(m))))
		}
		return callText(kw, args...)
	}
	return sqlTokens(ty.SQL())
}

// defaultTokens writes a default as the literal the loader turns into
// exactly this text, or as sql("...").
func defaultTokens(def string) string {
	switch def {
	case "true":
		return string(appendValue(nil, cty.True))
	case "false":
		return string(appendValue(nil, cty.False))
	}
	if s, ok := unquoteLiteral(def); ok {
		return string(appendValue(nil, cty.StringVal(s)))
	}
	if n, err := cty.ParseNumberVal(def); err == nil && numberText(n.AsBigFloat()) == def {
		return string(appendValue(nil, n))
	}
	return sqlTokens(def)
}

// unquoteLiteral inverts models.QuoteLiteral: it returns s when def is
// exactly QuoteLiteral(s), one '...' or E'...' literal.
func unquoteLiteral(def string) (string, bool) {
	toks, err := sqllex.Scan(def)
	if err != nil || len(toks) != 1 || toks[0].Kind != sqllex.String && toks[0].Kind != sqllex.EscapeString {
		return "", false
	}
	s, err := toks[0].StringValue()
	if err != nil || models.QuoteLiteral(s) != def {
		return "", false
	}
	return s, true
}

func writeIndex(b *body, ix *models.Index) {
	if ix.Unique {
		b.SetAttributeValue("unique", cty.True)
	}
	if ix.Method != "" && ix.Method != models.IndexBTree {
		b.SetAttributeRaw("type", keywordTokens(strings.ToUpper(ix.Method)))
	}
	simple := len(ix.Parts) > 0
	var cols []string
	for _, p := range ix.Parts {
		if p.Column == "" || p.Desc || p.NullsFirst || p.Collation != "" || p.OpClass != "" {
			simple = false
			break
		}
		cols = append(cols, p.Column)
	}
	if simple {
		b.SetAttributeRaw("columns", columnList(cols))
	}
	if len(ix.Include) > 0 {
		b.SetAttributeRaw("include", columnList(ix.Include))
	}
	if ix.Where != "" {
		b.SetAttributeValue("where", cty.StringVal(ix.Where))
	}
	if ix.NullsNotDistinct {
		b.SetAttributeValue("nulls_distinct", cty.False)
	}
	writeStorageParameters(b, ix.StorageParameters)
	if ix.Concurrently {
		b.SetAttributeValue("concurrently", cty.True)
	}
	writeComment(b, ix.Comment)
	if simple {
		return
	}
	for _, p := range ix.Parts {
		writeIndexPart(b.AppendNewBlock("on", nil).Body(), p)
	}
}

// writeIndexPart writes the key of an on block of an index or exclusion
// constraint.
func writeIndexPart(on *body, p models.IndexPart) {
	if p.Column != "" {
		on.SetAttributeRaw("column", refTokens([]string{"column", p.Column}))
	} else {
		on.SetAttributeValue("expr", cty.StringVal(p.Expr))
	}
	if p.Desc {
		on.SetAttributeValue("desc", cty.True)
	}
	if p.NullsFirst != p.Desc {
		on.SetAttributeValue("nulls_first", cty.BoolVal(p.NullsFirst))
	}
	if p.Collation != "" {
		on.SetAttributeValue("collate", cty.StringVal(p.Collation))
	}
	if p.OpClass != "" {
		if hclsyntax.ValidIdentifier(p.OpClass) {
			on.SetAttributeRaw("ops", p.OpClass)
		} else {
			on.SetAttributeValue("ops", cty.StringVal(p.OpClass))
		}
	}
}

var actionKeyword = map[string]string{
	models.ActionNoAction:   "NO_ACTION",
	models.ActionRestrict:   "RESTRICT",
	models.ActionCascade:    "CASCADE",
	models.ActionSetNull:    "SET_NULL",
	models.ActionSetDefault: "SET_DEFAULT",
}

func (w *writer) writeForeignKey(b *body, t *models.Table, fk *models.ForeignKey) {
	b.SetAttributeRaw("columns", columnList(fk.Columns))
	refs := make([]string, len(fk.RefColumns))
	self := fk.RefSchema == t.Schema && fk.RefTable == t.Name
	for i, c := range fk.RefColumns {
		if self {
			refs[i] = refTokens([]string{"column", c})
		} else {
			refs[i] = refTokens(append(w.refTableTraversal(fk.RefSchema, fk.RefTable), "column", c))
		}
	}
	b.SetAttributeRaw("ref_columns", tupleText(refs))
	if fk.OnDelete != "" && fk.OnDelete != models.ActionNoAction {
		b.SetAttributeRaw("on_delete", keywordTokens(actionKeyword[fk.OnDelete]))
	}
	if fk.OnUpdate != "" && fk.OnUpdate != models.ActionNoAction {
		b.SetAttributeRaw("on_update", keywordTokens(actionKeyword[fk.OnUpdate]))
	}
	if fk.MatchFull {
		b.SetAttributeRaw("match", keywordTokens("FULL"))
	}
	writeTiming(b, models.Timing{Deferrable: fk.Deferrable, InitiallyDeferred: fk.InitiallyDeferred})
	writeComment(b, fk.Comment)
}

// writePolicy writes a policy; for and to are always written, since who
// a policy applies to should be read, not remembered.
func (w *writer) writePolicy(b *body, t *models.Table, p *models.Policy) {
	b.SetAttributeRaw("on", refTokens(w.tableTraversal(t.Schema, t.Name)))
	b.SetAttributeRaw("for", keywordTokens(p.Command))
	if p.As == models.PolicyRestrictive {
		b.SetAttributeRaw("as", keywordTokens(p.As))
	}
	roles := make([]cty.Value, len(p.Roles))
	for i, r := range p.Roles {
		roles[i] = cty.StringVal(r)
	}
	if len(roles) > 0 {
		b.SetAttributeValue("to", cty.TupleVal(roles))
	}
	if p.Using != "" {
		b.SetAttributeValue("using", cty.StringVal(p.Using))
	}
	if p.Check != "" {
		b.SetAttributeValue("check", cty.StringVal(p.Check))
	}
	if p.Comment != "" {
		b.SetAttributeValue("comment", cty.StringVal(p.Comment))
	}
}
