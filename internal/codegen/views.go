package codegen

import "github.com/schemactl/schemactl/internal/models"

// Views get a read-only model: a struct mirroring the columns the server
// derives from the query (models.View.Columns: read from the catalog, or
// the view's column blocks as inspect writes them) and a List function.
// A view whose columns are unknown gets none.

// viewTables are the tables the views of r stand for while their models
// are built: their columns, all nullable (PostgreSQL knows no NOT NULL
// of a view's column), with the view by table.
func viewTables(r *models.Realm) ([]*models.Table, map[*models.Table]*models.View) {
	var out []*models.Table
	views := map[*models.Table]*models.View{}
	for _, v := range r.Views() {
		if len(v.Columns) == 0 {
			continue
		}
		t := &models.Table{Schema: v.Schema, Name: v.Name, Comment: v.Comment}
		for _, c := range v.Columns {
			t.Columns = append(t.Columns, &models.Column{Name: c.Name, Type: c.Type, Nullable: true})
		}
		out = append(out, t)
		views[t] = v
	}
	return out, views
}

// buildView is the model of a view's file.
func buildView(t *models.Table, tn tableNames, names *namer, te *typeEnv, opts Options) (*tableData, error) {
	opts.NoFinders = true
	td, err := buildTable(t, tn, names, te, opts)
	if err != nil {
		return nil, err
	}
	td.View = true
	td.ListView = names.claim("List" + td.Plural)
	return td, nil
}
