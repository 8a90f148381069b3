package live

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/schemactl/schemactl/internal/catalog"
	"github.com/schemactl/schemactl/internal/ddl"
	"github.com/schemactl/schemactl/internal/models"
)

// NormalizeExpressions returns a copy of desired whose defaults, CHECKs,
// index keys and predicates and policy expressions are spelled the way the
// catalog renders them, so that `status IN ('a','b')` and
// `status = ANY (ARRAY['a'::text, 'b'::text])` do not differ.
//
// Only expressions whose text differs from the catalog's are sent. Inside
// a savepoint of tx that is always rolled back, new schemas and enums are
// created where they will live, new tables are created under their own
// names, and tables that exist get a scratch copy (same table name, so
// that expressions qualifying columns with it still resolve, and same
// column names and types) in a scratch schema per source schema; an existing enum whose values change is
// renamed out of the way and created again with the desired values, so
// expressions may use values the plan adds; the expressions are attached to them in one
// batch, read back with catalog.Inspect in the same transaction, and
// mapped onto the desired model. The session's search_path is untouched,
// so type names in casts render exactly as the live catalog renders them.
//
// An expression the server rejects (a missing column, a syntax error) is
// an *ExpressionError naming the object.
func NormalizeExpressions(ctx context.Context, tx pgx.Tx, current, desired *models.Realm) (*models.Realm, error) {
	out, err := normalizeRealms(ctx, tx, current, realmsToRender{desired: desired})
	if err != nil {
		return nil, err
	}
	return out.desired, nil
}

// realmsToRender are the realms of one comparison whose expressions the
// server renders; any may be nil.
type realmsToRender struct {
	desired, expected *models.Realm
	// expectedRendered is expected as rendered when it was recorded.
	expectedRendered *models.Realm
	// chunkLocks bounds the locks of each chunk of rendering
	// (renderInChunks); 0 takes the default.
	chunkLocks int
}

// rendered are the realms with their expressions rendered.
type rendered struct {
	desired, expected *models.Realm
	// unrendered names the expressions left as written because the
	// session may not create the scratch objects that render them.
	unrendered []string
	// expectedRendered reports whether expected's expressions are the
	// server's renderings (not left as written after a failure).
	expectedRendered bool
}

// normalizeTables is NormalizeExpressions for desired and the recorded
// state expected together, in one round trip: a live comparison reads the
// catalog once whether or not it also checks drift. A table of expected
// whose expressions are those of desired's table takes desired's
// renderings; its other tables that exist get scratch copies of their own;
// tables the database lacks are left as they are (their drift is that
// they are missing). With expectedRendered, expected is not sent at all,
// and desired's tables equal to expected's take its renderings.
//
// An expression of desired the server rejects is an *ExpressionError.
// One of expected's is not the HCL's fault: expected's expressions are then
// left unrendered (a second round trip for desired alone), which can only
// show a difference of spelling as drift.
func normalizeTables(ctx context.Context, tx pgx.Tx, current *models.Realm, in realmsToRender) (*rendered, error) {
	current = realmOrEmpty(current)
	out := &rendered{desired: in.desired.Clone().Normalize(), expected: in.expected.Clone().Normalize(), expectedRendered: in.expected != nil}
	if in.expectedRendered != nil {
		out.expected = in.expectedRendered.Clone().Normalize()
		takeRecorded(out.desired, in.expected.Clone().Normalize(), out.expected)
	}
	adoptBounds(current, out.desired)
	adoptBounds(current, out.expected)
	adoptExtensionVersions(current, out.desired)
	adoptExtensionVersions(current, out.expected)
	if err := normalizeDomains(ctx, tx, current, out.desired, out.expected); err != nil {
		return nil, err
	}
	n := &normalizer{current: current, scratch: "schemactl_scratch_" + randomHex(6), scratchSchemas: map[string]string{},
		movedFrom: movedTables(current, in.desired)}
	for _, t := range realmOrEmpty(out.desired).Tables() {
		n.collect(t, false)
	}
	var shared [][2]*models.Table // expected's table, desired's
	if in.expectedRendered == nil {
		shared = n.collectExpected(out.expected, out.desired)
	}
	n.collectFunctions(out.desired, out.expected)
	if len(n.targets)+len(n.functions) == 0 {
		return out, nil
	}
	failed, err := n.renderInChunks(ctx, tx, realmOrEmpty(out.desired), in.chunkLocks)
	if mayNotCreate(err) {
		// A role that may only read, or a read-only transaction (a
		// replica): nothing can be rendered. The expressions stay as
		// written (or as recorded), and the caller says so.
		out.unrendered = n.describe()
		out.expectedRendered = out.expectedRendered && in.expectedRendered != nil
		return out, nil
	}
	if failed != nil && failed.expected {
		d, derr := NormalizeExpressions(ctx, tx, current, in.desired)
		return &rendered{desired: d, expected: in.expected.Clone().Normalize()}, derr
	}
	if err != nil {
		return nil, err
	}
	for _, p := range shared {
		copyRendered(p[0], p[1])
	}
	return out, nil
}

// collectExpected collects the tables of expected that exist and need
// rendering, and returns those that can share a table of desired's.
func (n *normalizer) collectExpected(expected, desired *models.Realm) [][2]*models.Table {
	var shared [][2]*models.Table
	for _, t := range realmOrEmpty(expected).Tables() {
		if n.current.Table(t.Schema, t.Name) == nil {
			continue
		}
		if d := desired.Table(t.Schema, t.Name); d != nil && sameExpressions(t, d) {
			shared = append(shared, [2]*models.Table{t, d})
			continue
		}
		n.collect(t, true)
	}
	return shared
}

// takeRecorded gives each table of desired whose expressions are those of
// the recorded state's table (declared) the renderings recorded with it
// (rendered).
func takeRecorded(desired, declared, rendered *models.Realm) {
	for _, t := range realmOrEmpty(desired).Tables() {
		d, r := declared.Table(t.Schema, t.Name), rendered.Table(t.Schema, t.Name)
		if d != nil && r != nil && sameExpressions(t, d) && sameShape(d, r) {
			copyRendered(t, r)
		}
	}
}

// sameShape reports whether two tables have their columns, checks,
// indexes and policies under the same names in the same order, so that
// copyRendered may match them by position.
func sameShape(a, b *models.Table) bool {
	if len(a.Columns) != len(b.Columns) || len(a.Checks) != len(b.Checks) || len(a.Indexes) != len(b.Indexes) || len(a.Policies) != len(b.Policies) {
		return false
	}
	for i := range a.Columns {
		if a.Columns[i].Name != b.Columns[i].Name {
			return false
		}
	}
	for i := range a.Checks {
		if a.Checks[i].Name != b.Checks[i].Name {
			return false
		}
	}
	for i := range a.Indexes {
		if a.Indexes[i].Name != b.Indexes[i].Name {
			return false
		}
	}
	for i := range a.Policies {
		if a.Policies[i].Name != b.Policies[i].Name {
			return false
		}
	}
	return sameExclusionNames(a, b)
}

// render runs the statements in a savepoint that is always rolled back,
// reads the rendered expressions back and applies them to the targets. A
// statement the server rejects is returned with the error.
func (n *normalizer) render(ctx context.Context, tx pgx.Tx) (*normStatement, error) {
	sp, err := tx.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("normalising expressions: %w", err)
	}
	defer func() { _ = sp.Rollback(context.WithoutCancel(ctx)) }()
	if failed, err := execEach(ctx, sp, n.stmts); err != nil {
		return failed, err
	}
	opts := catalog.Options{Schemas: n.functionSchemas()}
	for _, tg := range n.targets {
		if !slices.Contains(opts.Schemas, tg.schema) {
			opts.Schemas = append(opts.Schemas, tg.schema)
		}
		opts.Tables = append(opts.Tables, tg.schema+"."+tg.name)
	}
	rendered, err := catalog.Inspect(ctx, sp, opts)
	if err != nil {
		return nil, fmt.Errorf("normalising expressions: reading them back: %w", err)
	}
	for _, tg := range n.targets {
		tg.apply(rendered.Table(tg.schema, tg.name))
	}
	n.applyFunctions(rendered)
	return nil, nil
}

func randomHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(fmt.Sprintf("plan: reading random bytes: %v", err)) // the OS random source does not fail
	}
	return hex.EncodeToString(b)
}

// target is one desired table whose expressions go to the server, and
// where: its own name (a new table) or a scratch copy.
type target struct {
	table          *models.Table // the desired table, updated in place
	expected       bool          // a table of the recorded state, not of the HCL
	current        *models.Table // the live table, nil for a new one
	schema, name   string        // where it is created for rendering
	isNew          bool
	moved          bool              // new under this name, renamed from a live table (normalize_moved.go)
	defaults       []string          // column names
	generated      []string          // column names
	checks         []string          // check names
	indexes        map[string]string // desired index name -> rendered name
	policies       []string          // policy names
	indexOrder     []string          // desired index names, in order
	exclusions     map[string]string // desired exclusion name -> rendered name
	exclusionOrder []string          // desired exclusion names, in order
	triggers       []string          // names of triggers with a WHEN
}

type normStatement struct {
	sql    string
	object string
	// expected marks the statements of the recorded state's targets.
	expected bool
}

type normalizer struct {
	current *models.Realm
	scratch string
	// scratchSchemas maps a schema to the scratch schema of its copies.
	scratchSchemas map[string]string
	targets        []*target
	stmts          []normStatement
	// expected is set while the statements of a recorded state's target
	// are added.
	expected bool
	// movedFrom are the tables (schema, new name) a moved block renames in
	// this plan, from a table the database has.
	movedFrom map[[2]string]bool
	// functions are the desired functions created for rendering.
	functions []*fnTarget
}

// collect notes which expressions of t differ textually from the live
// catalog's rendering; equal text needs no round trip.
func (n *normalizer) collect(t *models.Table, expected bool) {
	cur := n.current.Table(t.Schema, t.Name)
	tg := &target{table: t, current: cur, isNew: cur == nil, expected: expected, indexes: map[string]string{}, exclusions: map[string]string{},
		moved: !expected && n.movedFrom[[2]string{t.Schema, t.Name}]}
	for _, c := range t.Columns {
		if c.Default == "" {
			continue
		}
		if cc := cur.Column(c.Name); cc == nil || cc.Default != c.Default {
			tg.defaults = append(tg.defaults, c.Name)
		}
	}
	for _, c := range t.Columns {
		if c.Generated == "" {
			continue
		}
		if cc := cur.Column(c.Name); cc == nil || cc.Generated != c.Generated {
			tg.generated = append(tg.generated, c.Name)
		}
	}
	for _, ck := range t.Checks {
		if cc := cur.Check(ck.Name); cc == nil || cc.Expr != ck.Expr {
			tg.checks = append(tg.checks, ck.Name)
		}
	}
	for _, ix := range t.Indexes {
		hasExpr := ix.Where != ""
		for _, p := range ix.Parts {
			hasExpr = hasExpr || p.Expr != ""
		}
		if !hasExpr {
			continue
		}
		if ci := cur.Index(ix.Name); ci == nil || !ci.SameDefinition(ix) {
			tg.indexOrder = append(tg.indexOrder, ix.Name)
		}
	}
	for _, p := range t.Policies {
		if cp := cur.Policy(p.Name); cp == nil || cp.Using != p.Using || cp.Check != p.Check || !slices.Equal(cp.Roles, p.Roles) {
			tg.policies = append(tg.policies, p.Name)
		}
	}
	tg.collectExclusions()
	tg.collectTriggers()
	if len(tg.defaults)+len(tg.generated)+len(tg.checks)+len(tg.indexOrder)+len(tg.policies)+len(tg.exclusionOrder)+len(tg.triggers) == 0 {
		return
	}
	n.targets = append(n.targets, tg)
}

// prepare writes the statements: schemas and types that do not exist yet,
// then every target table with its columns, then the expressions.
func (n *normalizer) prepare(desired *models.Realm) {
	n.prepareTypes(desired)
	n.prepareRest(desired)
}

// prepareRest writes the statements after the types (see prepare).
func (n *normalizer) prepareRest(desired *models.Realm) {
	n.prepareSequences(desired)
	// New tables are created under their real names first, so that
	// policies and checks of other tables can refer to them.
	for _, tg := range n.targets {
		if tg.isNew {
			tg.schema, tg.name = tg.table.Schema, tg.table.Name
		} else {
			tg.schema, tg.name = n.scratchSchema(tg.table.Schema, tg.expected), tg.table.Name
		}
		n.expected = tg.expected
		var cols []string
		for _, c := range tg.table.Columns {
			if c.Generated == "" {
				cols = append(cols, models.QuoteIdent(c.Name)+" "+c.Type.SQL())
			}
		}
		n.add(fmt.Sprintf("CREATE TABLE %s (%s)", models.QualifiedName(tg.schema, tg.name), strings.Join(cols, ", ")),
			"table "+displayName(tg.table.Schema, tg.table.Name))
	}
	n.addFunctions(desired)
	n.addGenerated()
	for i, tg := range n.targets {
		n.expected = tg.expected
		t := tg.table
		qt := models.QualifiedName(tg.schema, tg.name)
		what := " on table " + displayName(t.Schema, t.Name)
		for _, c := range tg.defaults {
			n.add(fmt.Sprintf("ALTER TABLE %s ALTER COLUMN %s SET DEFAULT (%s)", qt, models.QuoteIdent(c), t.Column(c).Default),
				fmt.Sprintf("default of column %s%s", c, what))
		}
		for _, name := range tg.checks {
			n.add(fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s CHECK (%s)", qt, models.QuoteIdent(name), t.Check(name).Expr),
				"check "+name+what)
		}
		for j, name := range tg.indexOrder {
			ix := *t.Index(name)
			ix.Name = n.renderedName(tg, i, j, "i", ix.Name)
			tg.indexes[name] = ix.Name
			n.add(strings.TrimSuffix(ddl.CreateIndex(tg.schema, tg.name, &ix, false), ";"), "index "+name+what)
		}
		for _, name := range tg.policies {
			p := t.Policy(name)
			sql := ddl.CreatePolicy(qt, p)
			n.add(sql, "policy "+name+what)
		}
		n.prepareExclusions(i, tg, qt, what)
		n.addTriggers(tg, qt, what)
	}
}

func (n *normalizer) add(sql, object string) {
	n.stmts = append(n.stmts, normStatement{sql: sql, object: object, expected: n.expected})
}

// apply copies the server's renderings from r onto the desired table.
func (tg *target) apply(r *models.Table) {
	if r == nil {
		return
	}
	t := tg.table
	// pick keeps the live text when the rendering only differs from it by
	// an equivalent spelling.
	pick := func(rendered, live string) string {
		if live != "" && equivalentRendering(rendered, live) {
			return live
		}
		return rendered
	}
	for _, c := range tg.defaults {
		if rc := r.Column(c); rc != nil {
			t.Column(c).Default = pick(rc.Default, columnDefault(tg.current.Column(c)))
		}
	}
	for _, c := range tg.generated {
		if rc := r.Column(c); rc != nil && rc.Generated != "" {
			live := ""
			if cc := tg.current.Column(c); cc != nil {
				live = cc.Generated
			}
			t.Column(c).Generated = pick(rc.Generated, live)
		}
	}
	for _, name := range tg.checks {
		if rc := r.Check(name); rc != nil {
			t.Check(name).Expr = pick(rc.Expr, checkExpr(tg.current.Check(name)))
		}
	}
	for _, name := range tg.indexOrder {
		ri := r.Index(tg.indexes[name])
		if ri == nil {
			continue
		}
		ix := t.Index(name)
		ix.Parts, ix.Where, ix.Include, ix.Method, ix.Unique = ri.Parts, ri.Where, ri.Include, ri.Method, ri.Unique
	}
	tg.applyExclusions(r)
	tg.applyTriggers(r)
	for _, name := range tg.policies {
		if rp := r.Policy(name); rp != nil {
			p := t.Policy(name)
			p.Using, p.Check, p.Roles = rp.Using, rp.Check, rp.Roles
			if cp := tg.current.Policy(name); cp != nil {
				p.Using, p.Check = pick(p.Using, cp.Using), pick(p.Check, cp.Check)
			}
		}
	}
}

func checkExpr(c *models.Check) string {
	if c == nil {
		return ""
	}
	return c.Expr
}

func columnDefault(c *models.Column) string {
	if c == nil {
		return ""
	}
	return c.Default
}

// execEach sends the statements in one round trip over the extended
// protocol, whatever the connection's default_query_exec_mode: each is
// parsed on its own, so the server refuses any text that holds more than
// one statement, and a failure is pinned on the statement that failed.
// (pgx sends a batch in simple_protocol mode as one query string, where a
// smuggled COMMIT would end the transaction that keeps this read-only.)
func execEach(ctx context.Context, tx pgx.Tx, stmts []normStatement) (*normStatement, error) {
	batch := &pgconn.Batch{}
	for _, s := range stmts {
		batch.ExecParams(s.sql, nil, nil, nil, nil)
	}
	mrr := tx.Conn().PgConn().ExecBatch(ctx, batch)
	done := 0 // statements that completed: a failure is the next one's
	var err error
	for mrr.NextResult() {
		if _, err = mrr.ResultReader().Close(); err != nil {
			break
		}
		done++
	}
	if cerr := mrr.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		return nil, nil
	}
	if done < len(stmts) {
		return &stmts[done], &ExpressionError{Object: stmts[done].object, SQL: stmts[done].sql, Err: err}
	}
	return nil, fmt.Errorf("normalising expressions: %w", err)
}

// sameExpressions reports whether two declarations of one table have the
// same columns (names and types) and the same expressions, so that the
// server renders them alike.
func sameExpressions(a, b *models.Table) bool {
	if len(a.Columns) != len(b.Columns) || len(a.Checks) != len(b.Checks) || len(a.Indexes) != len(b.Indexes) || len(a.Policies) != len(b.Policies) {
		return false
	}
	for i, c := range a.Columns {
		o := b.Columns[i]
		if c.Name != o.Name || !c.Type.Equal(o.Type) || c.Default != o.Default || c.Generated != o.Generated {
			return false
		}
	}
	for i, c := range a.Checks {
		if c.Name != b.Checks[i].Name || c.Expr != b.Checks[i].Expr {
			return false
		}
	}
	for i, ix := range a.Indexes {
		if !ix.SameDefinition(b.Indexes[i]) {
			return false
		}
	}
	for i, p := range a.Policies {
		o := b.Policies[i]
		if p.Name != o.Name || p.Using != o.Using || p.Check != o.Check || !slices.Equal(p.Roles, o.Roles) {
			return false
		}
	}
	return sameExclusions(a, b) && sameTriggerWhens(a, b)
}

// copyRendered gives to the renderings from, a table with the same
// expressions (sameExpressions) that the server rendered.
func copyRendered(to, from *models.Table) {
	for i, c := range to.Columns {
		c.Default, c.Generated = from.Columns[i].Default, from.Columns[i].Generated
	}
	for i, c := range to.Checks {
		c.Expr = from.Checks[i].Expr
	}
	for i, ix := range to.Indexes {
		f := from.Indexes[i]
		ix.Parts, ix.Where, ix.Include, ix.Method, ix.Unique = f.Parts, f.Where, f.Include, f.Method, f.Unique
	}
	for i, p := range to.Policies {
		f := from.Policies[i]
		p.Using, p.Check, p.Roles = f.Using, f.Check, f.Roles
	}
	copyTriggerWhens(to, from)
	for i, x := range to.Exclusions {
		f := from.Exclusions[i]
		x.Elements, x.Where = f.Elements, f.Where
	}
}

// mayNotCreate reports whether err says the session may not create the
// scratch objects rendering needs: no CREATE privilege on the database
// (42501), or a read-only transaction (25006: a hot standby, or
// default_transaction_read_only).
func mayNotCreate(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && (pgErr.Code == "42501" || pgErr.Code == "25006")
}

// describe names the expressions of the HCL's targets, one per object:
// "check c on table public.t".
func (n *normalizer) describe() []string {
	var out []string
	for _, tg := range n.targets {
		if tg.expected {
			continue
		}
		what := " on table " + displayName(tg.table.Schema, tg.table.Name)
		for _, c := range tg.defaults {
			out = append(out, "default of column "+c+what)
		}
		for _, c := range tg.generated {
			out = append(out, "generation expression of column "+c+what)
		}
		for _, c := range tg.checks {
			out = append(out, "check "+c+what)
		}
		for _, ix := range tg.indexOrder {
			out = append(out, "index "+ix+what)
		}
		for _, p := range tg.policies {
			out = append(out, "policy "+p+what)
		}
	}
	return out
}
