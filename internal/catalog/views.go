package catalog

import (
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/models"
)

// readViews reads the views and materialized views into their schemas.
func (r *reader) readViews(rows pgx.Rows) error {
	for rows.Next() {
		var (
			oid                    uint32
			v                      = &models.View{}
			def                    *string
			options                []string
			populated              bool
			comment                *string
			names, types           []string
			enumSchemas, enumNames []*string
			typtypes               []string
		)
		if err := rows.Scan(&oid, &v.Schema, &v.Name, &v.Materialized, &def, &options, &populated, &comment,
			&names, &types, &enumSchemas, &enumNames, &typtypes); err != nil {
			return err
		}
		v.Definition = models.TrimDefinition(deref(def))
		v.WithNoData = v.Materialized && !populated
		v.Comment = deref(comment)
		viewOptions(v, options)
		for i, name := range names {
			c := &models.ViewColumn{Name: name}
			if enumNames[i] != nil {
				c.Type = models.Type{Name: *enumNames[i], EnumSchema: deref(enumSchemas[i]), Kind: userTypeKind(typtypes[i])}
			} else {
				ty, err := models.ParseType(types[i])
				if err != nil {
					return fmt.Errorf("view %s.%s column %s: %w", v.Schema, v.Name, name, err)
				}
				c.Type = ty
			}
			v.Columns = append(v.Columns, c)
		}
		s := r.schema(v.Schema)
		s.Views = append(s.Views, v)
		r.views[oid] = v
		if v.Materialized {
			r.viewRelations[oid] = &models.Table{Schema: v.Schema, Name: v.Name}
		}
	}
	return nil
}

// viewOptions reads a view's reloptions.
func viewOptions(v *models.View, options []string) {
	for _, o := range options {
		name, value, _ := strings.Cut(o, "=")
		on := value == "true" || value == "on"
		switch name {
		case "check_option":
			v.CheckOption = strings.ToUpper(value)
		case "security_barrier":
			v.SecurityBarrier = on
		case "security_invoker":
			v.SecurityInvoker = on
		}
	}
}

// readViewDependencies reads what each view's query reads.
func (r *reader) readViewDependencies(rows pgx.Rows) error {
	for rows.Next() {
		var (
			oid uint32
			d   models.ViewDependency
		)
		if err := rows.Scan(&oid, &d.Schema, &d.Name, &d.Columns); err != nil {
			return err
		}
		if v := r.views[oid]; v != nil {
			v.DependsOn = append(v.DependsOn, d)
		}
	}
	return nil
}

// readViewIndexes reads the indexes of the materialized views, as
// readIndexes reads a table's, into the views.
func (r *reader) readViewIndexes(rows pgx.Rows) error {
	tables := r.tables
	r.tables = r.viewRelations
	defer func() { r.tables = tables }()
	if err := r.readIndexes(rows); err != nil {
		return err
	}
	for oid, t := range r.viewRelations {
		r.views[oid].Indexes = t.Indexes
	}
	return nil
}

// userTypeKind is the model's kind of a user type of pg_type.typtype.
func userTypeKind(typtype string) string {
	switch typtype {
	case "d":
		return models.TypeDomain
	case "c":
		return models.TypeComposite
	}
	return models.TypeEnum
}
