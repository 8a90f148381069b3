package catalog

import (
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/sqllex"
)

// queueUserTypes queues the queries of domains and composite types
// (queries_usertypes.go, read by readDomains, readCompositeFields and
// readUnsupported, in that order): the table-scoped parameters, then the
// types read whatever the filter.
func queueUserTypes(b *pgx.Batch, tableArgs []any, types [][2]string) {
	schemas, names := []string{}, []string{}
	for _, q := range types {
		schemas, names = append(schemas, q[0]), append(names, q[1])
	}
	args := append(append([]any{}, tableArgs...), schemas, names)
	b.Queue(queryDomains, args...)
	b.Queue(queryCompositeFields, args...)
	b.Queue(queryTypeCollations, args...)
}

// typeRow is a type as the column, domain and composite queries return
// it: format_type's text and, for a user type (or an array of one), its
// schema, bare name, whether the column holds the array and its typtype.
type typeRow struct {
	formatted  string
	userSchema *string
	userName   *string
	userArray  bool
	typtype    *string
}

// model is the type in the model's form.
func (r typeRow) model() (models.Type, error) {
	if r.userName == nil {
		return models.ParseType(r.formatted)
	}
	t := models.Type{Name: *r.userName, EnumSchema: deref(r.userSchema), Array: r.userArray}
	switch deref(r.typtype) {
	case "d":
		t.Kind = models.TypeDomain
	case "c":
		t.Kind = models.TypeComposite
	}
	return t, nil
}

func (r *reader) readDomains(rows pgx.Rows) error {
	for rows.Next() {
		var (
			d        = &models.Domain{}
			ty       typeRow
			notNull  bool
			def, cmt *string
			names    []string
			exprs    []string
			notValid []bool
			coll     *string
		)
		if err := rows.Scan(&d.Schema, &d.Name, &ty.formatted, &ty.userSchema, &ty.userName, &ty.userArray, &ty.typtype,
			&notNull, &def, &cmt, &names, &exprs, &notValid, &coll); err != nil {
			return err
		}
		t, err := ty.model()
		if err != nil {
			return fmt.Errorf("domain %s.%s: %w", d.Schema, d.Name, err)
		}
		d.Type, d.Nullable, d.Default, d.Comment, d.Collation = t, !notNull, deref(def), deref(cmt), deref(coll)
		for i, name := range names {
			d.Checks = append(d.Checks, &models.Check{Name: name, Expr: sqllex.StripOuterParens(exprs[i]), NotValid: notValid[i]})
		}
		s := r.schema(d.Schema)
		s.Domains = append(s.Domains, d)
	}
	return nil
}

func (r *reader) readCompositeFields(rows pgx.Rows) error {
	var last *models.Composite
	for rows.Next() {
		var (
			schema, name, field string
			cmt, coll           *string
			ty                  typeRow
		)
		if err := rows.Scan(&schema, &name, &cmt, &field, &ty.formatted, &ty.userSchema, &ty.userName, &ty.userArray, &ty.typtype, &coll); err != nil {
			return err
		}
		t, err := ty.model()
		if err != nil {
			return fmt.Errorf("composite type %s.%s field %s: %w", schema, name, field, err)
		}
		if last == nil || last.Schema != schema || last.Name != name {
			last = &models.Composite{Schema: schema, Name: name, Comment: deref(cmt)}
			s := r.schema(schema)
			s.Composites = append(s.Composites, last)
		}
		last.Fields = append(last.Fields, &models.CompositeField{Name: field, Type: t, Collation: deref(coll)})
	}
	return nil
}
