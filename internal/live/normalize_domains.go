package live

import (
	"context"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/ddl"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/sqllex"
)

// prepareTypes writes the statements creating the schemas and types
// desired has and the database lacks (an enum whose values change is
// created again, see below).
func (n *normalizer) prepareTypes(desired *models.Realm) {
	for _, s := range desired.Schemas {
		if n.current.Schema(s.Name) == nil {
			n.add(fmt.Sprintf("CREATE SCHEMA IF NOT EXISTS %s", models.QuoteIdent(s.Name)), "schema "+s.Name)
		}
	}
	n.prepareExtensions(desired)
	for _, s := range desired.Schemas {
		for i, e := range s.Enums {
			qe := models.QualifiedName(e.Schema, e.Name)
			cur := n.current.Enum(e.Schema, e.Name)
			if cur != nil && !slices.Equal(cur.Values, e.Values) {
				// An existing enum whose values change: a value added in
				// this transaction could not be used here, so the live
				// type steps aside (renamed, rolled back with the rest)
				// for one with the desired values under the real name,
				// which expressions then render exactly as they will
				// after the migration.
				n.add(fmt.Sprintf("ALTER TYPE %s RENAME TO %s", qe, models.QuoteIdent(fmt.Sprintf("%s_e%d_%d", n.scratch, len(n.stmts), i))),
					"enum "+displayName(e.Schema, e.Name))
			}
			if cur == nil || !slices.Equal(cur.Values, e.Values) {
				n.add(fmt.Sprintf("CREATE TYPE %s AS ENUM (%s)", qe, ddl.EnumValues(e.Values)),
					"enum "+displayName(e.Schema, e.Name))
			}
		}
	}
	n.addUserTypes(desired)
}

// addUserTypes creates the domains and composite types desired has and
// the database lacks, each after the types it names (a domain without
// its default and checks: scratch tables only need the type to exist).
func (n *normalizer) addUserTypes(desired *models.Realm) {
	done := map[[2]string]bool{}
	var visit func(schema, name string)
	need := func(t models.Type) {
		if t.IsDomain() || t.IsComposite() {
			visit(t.EnumSchema, t.Name)
		}
	}
	visit = func(schema, name string) {
		k := [2]string{schema, name}
		if done[k] {
			return
		}
		done[k] = true
		if d := desired.Domain(schema, name); d != nil && n.current.Domain(schema, name) == nil {
			need(d.Type)
			bare := *d
			bare.Default, bare.Nullable = "", true
			n.add(ddl.CreateDomain(&bare, false), "domain "+displayName(schema, name))
		}
		if c := desired.Composite(schema, name); c != nil && n.current.Composite(schema, name) == nil {
			for _, f := range c.Fields {
				need(f.Type)
			}
			n.add(ddl.CreateComposite(c), "composite "+displayName(schema, name))
		}
	}
	for _, s := range desired.Schemas {
		for _, d := range s.Domains {
			visit(d.Schema, d.Name)
		}
		for _, c := range s.Composites {
			visit(c.Schema, c.Name)
		}
	}
}

// domainTarget is a domain whose default or checks the server renders,
// through a scratch domain with the same base type and expressions.
type domainTarget struct {
	domain  *models.Domain
	scratch string
}

// normalizeDomains spells the defaults and CHECKs of the domains of each
// realm the way the catalog renders them (pg_get_expr), as
// NormalizeExpressions does for tables: those whose text differs from the
// live domain's are attached to scratch domains in a savepoint that is
// always rolled back, and read back. An expression the server rejects is
// an *ExpressionError; a session that may not create anything leaves
// them as written.
func normalizeDomains(ctx context.Context, tx pgx.Tx, current *models.Realm, realms ...*models.Realm) error {
	for i, r := range realms {
		if r == nil {
			continue
		}
		n := &normalizer{current: current, scratch: "schemactl_scratch_" + randomHex(6), scratchSchemas: map[string]string{}}
		var targets []domainTarget
		for _, s := range r.Schemas {
			for _, d := range s.Domains {
				if cur := current.Domain(d.Schema, d.Name); cur == nil || !sameDomainExpressions(cur, d) {
					targets = append(targets, domainTarget{domain: d, scratch: fmt.Sprintf("%s_d%d_%d", n.scratch, i, len(targets))})
				}
			}
		}
		if len(targets) == 0 {
			continue
		}
		n.prepareTypes(r)
		for _, tg := range targets {
			scratch := *tg.domain
			scratch.Name, scratch.Nullable = tg.scratch, true
			n.add(ddl.CreateDomain(&scratch, true), "domain "+displayName(tg.domain.Schema, tg.domain.Name))
		}
		if err := renderDomains(ctx, tx, n.stmts, targets); err != nil {
			if mayNotCreate(err) {
				return nil
			}
			return err
		}
	}
	return nil
}

func sameDomainExpressions(a, b *models.Domain) bool {
	if a.Default != b.Default || len(a.Checks) != len(b.Checks) {
		return false
	}
	for i, c := range a.Checks {
		if c.Name != b.Checks[i].Name || c.Expr != b.Checks[i].Expr {
			return false
		}
	}
	return true
}

const queryScratchDomains = `SELECT n.nspname::text, t.typname::text, pg_get_expr(t.typdefaultbin, 0),
    ARRAY(SELECT c.conname::text FROM pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname),
    ARRAY(SELECT pg_get_expr(c.conbin, 0) FROM pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname)
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE (n.nspname::text, t.typname::text) IN (SELECT * FROM unnest($1::text[], $2::text[]))`

// renderDomains runs stmts in a savepoint that is always rolled back and
// copies the scratch domains' renderings onto the targets.
func renderDomains(ctx context.Context, tx pgx.Tx, stmts []normStatement, targets []domainTarget) error {
	sp, err := tx.Begin(ctx)
	if err != nil {
		return fmt.Errorf("normalising domain expressions: %w", err)
	}
	defer func() { _ = sp.Rollback(context.WithoutCancel(ctx)) }()
	if _, err := execEach(ctx, sp, stmts); err != nil {
		return err
	}
	var schemas, names []string
	byName := map[[2]string]*models.Domain{}
	for _, tg := range targets {
		schemas, names = append(schemas, tg.domain.Schema), append(names, tg.scratch)
		byName[[2]string{tg.domain.Schema, tg.scratch}] = tg.domain
	}
	rows, err := sp.Query(ctx, queryScratchDomains, schemas, names)
	if err != nil {
		return fmt.Errorf("normalising domain expressions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			schema, name string
			def          *string
			checks       []string
			exprs        []string
		)
		if err := rows.Scan(&schema, &name, &def, &checks, &exprs); err != nil {
			return fmt.Errorf("normalising domain expressions: %w", err)
		}
		d := byName[[2]string{schema, name}]
		if d == nil {
			continue
		}
		if def != nil {
			d.Default = *def
		}
		for i, c := range checks {
			if ck := d.Check(c); ck != nil {
				ck.Expr = sqllex.StripOuterParens(exprs[i])
			}
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("normalising domain expressions: %w", err)
	}
	return nil
}
