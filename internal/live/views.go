package live

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/catalog"
	"github.com/schemactl/schemactl/internal/ddl"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/sqllex"
)

// normalizeRealms renders the tables' expressions (normalizeTables),
// then the views of desired and of the recorded state expected
// (renderViews).
func normalizeRealms(ctx context.Context, tx pgx.Tx, current *models.Realm, in realmsToRender) (*rendered, error) {
	out, err := normalizeTables(ctx, tx, current, in)
	if err != nil {
		return nil, err
	}
	unrendered, err := renderViews(ctx, tx, realmOrEmpty(current), realmOrEmpty(out.desired), true)
	if err != nil {
		return nil, err
	}
	out.unrendered = append(out.unrendered, unrendered...)
	if out.expected != nil {
		// The recorded state's views: one the server now rejects is
		// left as recorded (its drift shows).
		if _, err := renderViews(ctx, tx, realmOrEmpty(current), out.expected, false); err != nil && !isExpressionError(err) {
			return nil, err
		}
	}
	return out, nil
}

func isExpressionError(err error) bool {
	var ee *ExpressionError
	return errors.As(err, &ee)
}

// renderViews gives the views of realm (in place) their queries as the
// server stores them (pg_get_viewdef), their output columns and what
// they read (pg_depend), and their indexes' expressions as the catalog
// renders them, so that formatting never makes a difference and the plan
// knows what each view reads.
//
// The views must be created against the tables realm declares, not the
// live ones (a view may read a column the plan adds). So, inside a
// savepoint that is always rolled back, every schema of realm that
// exists is renamed out of the way (ALTER SCHEMA takes no lock on what
// it holds), realm's schemas, enums, sequences and tables (columns and
// keys only) are created in their place under their own names, so that
// names resolve and render exactly as they will after the migration, and
// the views are created there, each in a savepoint of its own, over as
// many passes as views stacked on views need (a materialized view WITH NO
// DATA, so its query never runs). They are read back with catalog.Inspect
// in the same savepoint.
//
// A query the server rejects is an *ExpressionError naming the view, and
// so, with checkColumns, are column blocks that differ from the
// columns the server derives.
// When the session may not rename or create (a read-only role or
// transaction), the views are left as written and named in the result.
func renderViews(ctx context.Context, tx pgx.Tx, current, realm *models.Realm, checkColumns bool) ([]string, error) {
	views := realm.Views()
	if len(views) == 0 {
		return nil, nil
	}
	sp, err := tx.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("rendering views: %w", err)
	}
	defer func() { _ = sp.Rollback(context.WithoutCancel(ctx)) }()
	if err := buildViewWorld(ctx, sp, current, realm); err != nil {
		if mayNotCreate(err) {
			return viewNames(views), nil
		}
		return nil, err
	}
	if err := createViews(ctx, sp, views); err != nil {
		return nil, err
	}
	var opts catalog.Options
	for _, v := range views {
		if !slices.Contains(opts.Schemas, v.Schema) {
			opts.Schemas = append(opts.Schemas, v.Schema)
		}
		opts.QualifiedTables = append(opts.QualifiedTables, [2]string{v.Schema, v.Name})
	}
	rendered, err := catalog.Inspect(ctx, sp, opts)
	if err != nil {
		return nil, fmt.Errorf("rendering views: reading them back: %w", err)
	}
	for _, v := range views {
		r := rendered.View(v.Schema, v.Name)
		if err := declaredColumns(v, r); checkColumns && err != nil {
			return nil, err
		}
		takeRenderedView(v, r)
	}
	return nil, nil
}

// declaredColumns checks a view's column blocks, when it has some,
// against the columns the server derives from its query: generate writes
// the view's model from them, so they must not go stale.
func declaredColumns(v, r *models.View) error {
	if len(v.Columns) == 0 || r == nil {
		return nil
	}
	same := len(v.Columns) == len(r.Columns)
	for i := 0; same && i < len(v.Columns); i++ {
		same = v.Columns[i].Name == r.Columns[i].Name && v.Columns[i].Type.Canonical().Equal(r.Columns[i].Type.Canonical())
	}
	if same {
		return nil
	}
	return &ExpressionError{Object: v.Kind() + " " + displayName(v.Schema, v.Name), SQL: v.Definition,
		Err: fmt.Errorf("its column blocks say (%s) but its query gives (%s): update the column blocks (schemactl inspect writes them) or remove them", columnList(v.Columns), columnList(r.Columns))}
}

func columnList(cols []*models.ViewColumn) string {
	parts := make([]string, len(cols))
	for i, c := range cols {
		parts[i] = c.Name + " " + c.Type.String()
	}
	return strings.Join(parts, ", ")
}

func viewNames(views []*models.View) []string {
	out := make([]string, len(views))
	for i, v := range views {
		out[i] = v.Kind() + " " + displayName(v.Schema, v.Name)
	}
	return out
}

// buildViewWorld renames realm's existing schemas away and creates its
// schemas, enums, domains, composite types, sequences, functions and
// tables (columns, primary and unique keys: a view may group by a key)
// under their own names.
func buildViewWorld(ctx context.Context, sp pgx.Tx, current, realm *models.Realm) error {
	scratch := "schemactl_views_" + randomHex(6)
	var moved []string
	renamed := map[string]string{}
	for i, s := range realm.Schemas {
		if current.Schema(s.Name) == nil && !schemaExists(ctx, sp, s.Name) {
			continue
		}
		to := models.QuoteIdent(fmt.Sprintf("%s_%d", scratch, i))
		sql := fmt.Sprintf("ALTER SCHEMA %s RENAME TO %s", models.QuoteIdent(s.Name), to)
		if _, err := sp.Exec(ctx, sql); err != nil {
			return fmt.Errorf("rendering views: %s: %w", sql, err)
		}
		moved = append(moved, to)
		renamed[s.Name] = fmt.Sprintf("%s_%d", scratch, i)
	}
	if len(moved) > 0 {
		// What the renamed schemas hold that the HCL does not declare
		// (an extension's types and functions in public) stays
		// reachable by its bare name, after everything else; the
		// savepoint's rollback restores the search_path.
		if _, err := sp.Exec(ctx, "SELECT pg_catalog.set_config('search_path', pg_catalog.current_setting('search_path') || ', ' || $1, true)",
			strings.Join(moved, ", ")); err != nil {
			return fmt.Errorf("rendering views: %w", err)
		}
	}
	p, err := plan.Build(&models.Realm{}, viewWorld(realm), &models.Realm{}, plan.Options{AllowDestroy: true})
	if err != nil {
		return fmt.Errorf("rendering views: %w", err)
	}
	for _, s := range p.Statements {
		if _, err := sp.Exec(ctx, s.SQL); err != nil {
			line, _, _ := strings.Cut(s.SQL, "\n")
			return fmt.Errorf("rendering views: creating the declared tables: %s: %w", line, err)
		}
	}
	return standIns(ctx, sp, realm, renamed)
}

// standIns give the relations of the renamed schemas that realm does not
// declare (another team's table a declared view reads as public.t) a
// stand-in under their own name: a view of the renamed relation, with
// its columns.
func standIns(ctx context.Context, sp pgx.Tx, realm *models.Realm, renamed map[string]string) error {
	for schema, scratch := range renamed {
		rows, err := sp.Query(ctx, `SELECT c.relname::text FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition ORDER BY 1`, scratch)
		if err != nil {
			return fmt.Errorf("rendering views: %w", err)
		}
		names, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			return fmt.Errorf("rendering views: %w", err)
		}
		for _, name := range names {
			if realm.Table(schema, name) != nil || realm.View(schema, name) != nil {
				continue
			}
			sql := fmt.Sprintf("CREATE VIEW %s AS SELECT * FROM %s", models.QualifiedName(schema, name), models.QualifiedName(scratch, name))
			if _, err := sp.Exec(ctx, sql); err != nil {
				return fmt.Errorf("rendering views: %s: %w", sql, err)
			}
		}
	}
	return nil
}

func schemaExists(ctx context.Context, sp pgx.Tx, name string) bool {
	var ok bool
	err := sp.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = $1)", name).Scan(&ok)
	return err == nil && ok
}

// viewWorld is realm without its views and with its tables reduced to
// what a view's query can see: columns (types and collations) and
// primary and unique keys.
func viewWorld(realm *models.Realm) *models.Realm {
	out := &models.Realm{}
	for _, s := range realm.Schemas {
		// The types columns may have and the functions a view may call.
		ns := &models.Schema{Name: s.Name, Enums: s.Enums, Sequences: s.Sequences, Domains: s.Domains, Composites: s.Composites,
			Functions: s.Functions}
		for _, t := range s.Tables {
			nt := &models.Table{Schema: t.Schema, Name: t.Name, Unlogged: t.Unlogged, PrimaryKey: t.PrimaryKey, Uniques: t.Uniques,
				Partition: t.Partition, PartitionOf: t.PartitionOf}
			for _, c := range t.Columns {
				nc := *c
				nc.Default, nc.Generated, nc.Comment, nc.Identity, nc.Serial = "", "", "", nil, false
				nt.Columns = append(nt.Columns, &nc)
			}
			ns.Tables = append(ns.Tables, nt)
		}
		for _, q := range ns.Sequences {
			if q.OwnedBy != nil {
				c := *q
				c.OwnedBy = nil
				ns.Sequences = slices.Clone(ns.Sequences)
				ns.Sequences[slices.Index(ns.Sequences, q)] = &c
			}
		}
		out.Schemas = append(out.Schemas, ns)
	}
	return out.Clone()
}

// createViews creates the views, each in a savepoint of its own, in
// passes until none is left or a pass creates none: the error is then
// the server's for the first view left.
func createViews(ctx context.Context, sp pgx.Tx, views []*models.View) error {
	left := viewCreationOrder(views)
	for len(left) > 0 {
		var failed []*models.View
		var firstErr error
		for _, v := range left {
			if err := createView(ctx, sp, v); err != nil {
				var ee *ExpressionError
				if !errors.As(err, &ee) {
					return err
				}
				failed = append(failed, v)
				if firstErr == nil {
					firstErr = err
				}
			}
		}
		if len(failed) == len(left) {
			return firstErr
		}
		left = failed
	}
	return nil
}

// viewCreationOrder puts each view after the declared views whose names
// its query holds (it cannot read a view without naming it). This matters:
// a name the new schemas do not hold yet would resolve, through the
// search_path, to the live relation of the renamed schema.
func viewCreationOrder(views []*models.View) []*models.View {
	var out []*models.View
	state := map[*models.View]int{} // 1 visiting, 2 done
	var visit func(v *models.View)
	visit = func(v *models.View) {
		if state[v] != 0 {
			return // done, or a cycle of names (the passes sort it out)
		}
		state[v] = 1
		names, all := sqllex.Identifiers(v.Definition)
		for _, o := range views {
			if o != v && !all && names[o.Name] {
				visit(o)
			}
		}
		state[v] = 2
		out = append(out, v)
	}
	for _, v := range views {
		visit(v)
	}
	return out
}

// createView creates one view (a materialized one WITH NO DATA, with its
// indexes) in a savepoint that is released on success and rolled back on
// failure.
func createView(ctx context.Context, sp pgx.Tx, v *models.View) error {
	inner, err := sp.Begin(ctx)
	if err != nil {
		return fmt.Errorf("rendering views: %w", err)
	}
	c := *v
	c.WithNoData = true
	stmts := []string{ddl.CreateView(&c, false)}
	for _, ix := range v.Indexes {
		stmts = append(stmts, ddl.CreateIndex(v.Schema, v.Name, ix, false))
	}
	for _, sql := range stmts {
		if _, err := inner.Exec(ctx, sql); err != nil {
			_ = inner.Rollback(ctx)
			return &ExpressionError{Object: v.Kind() + " " + displayName(v.Schema, v.Name), SQL: sql, Err: err}
		}
	}
	return inner.Commit(ctx)
}

// takeRenderedView gives v the server's rendering r: query, columns,
// dependencies, and its indexes' keys and predicates (the index options
// the catalog cannot know, such as concurrently, stay v's).
func takeRenderedView(v, r *models.View) {
	if r == nil {
		return
	}
	v.Definition, v.Columns, v.DependsOn = r.Definition, r.Columns, r.DependsOn
	if v.DependsOn == nil {
		v.DependsOn = []models.ViewDependency{} // rendered: reads nothing
	}
	for _, ix := range v.Indexes {
		if ri := r.Index(ix.Name); ri != nil {
			ix.Parts, ix.Where = ri.Parts, ri.Where
		}
	}
}
