package takeover

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// Options say what the printed HCL is for.
type Options struct {
	// Import adds an import block for every table and enum printed.
	Import bool
	// Project is the realm the project's schema files load into, when the
	// output is to be added to them; nil for a standalone file.
	Project *models.Realm
}

// ConflictError is returned when the project already declares what the
// output would declare: a selected table, as a table or as a data table.
type ConflictError struct {
	// Declared are the conflicts, one line each: "public.x (as a table)".
	Declared []string
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("the schema files already declare %s: leave %s out of the selection, or remove %s first",
		strings.Join(e.Declared, ", "), pick(len(e.Declared), "it", "them"), pick(len(e.Declared), "its declaration", "their declarations"))
}

// MissingColumnsError is returned when the project declares a table that
// a printed foreign key references as a data table without a column the
// foreign key references.
type MissingColumnsError struct {
	// Missing are "data.table.LABEL (schema.name) lacks column c", one each.
	Missing []string
}

func (e *MissingColumnsError) Error() string {
	return "the foreign keys printed reference columns the schema files' data blocks do not declare: " +
		strings.Join(e.Missing, "; ") + ": add them to those blocks"
}

func pick(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Prepare returns the realm to write for r (a copy; r is not changed), as
// the package doc describes. r's data tables are the targets of foreign
// keys leaving the selection, with the referenced columns.
func Prepare(r *models.Realm, opts Options) (*models.Realm, error) {
	out := r.Clone()
	if p := opts.Project; p != nil {
		if err := conflicts(out, p); err != nil {
			return nil, err
		}
		for _, s := range out.Schemas {
			s.Enums = slices.DeleteFunc(s.Enums, func(e *models.Enum) bool { return p.Enum(e.Schema, e.Name) != nil })
			s.Domains = slices.DeleteFunc(s.Domains, func(d *models.Domain) bool { return p.Domain(d.Schema, d.Name) != nil })
			s.Composites = slices.DeleteFunc(s.Composites, func(c *models.Composite) bool { return p.Composite(c.Schema, c.Name) != nil })
		}
		data, err := projectData(out.Data, p)
		if err != nil {
			return nil, err
		}
		out.Data = data
	}
	if opts.Import {
		for _, s := range out.Schemas {
			for _, e := range s.Enums {
				out.Imports = append(out.Imports, models.Import{Kind: models.ImportEnum, Schema: e.Schema, Name: e.Name})
			}
			for _, t := range s.Tables {
				out.Imports = append(out.Imports, models.Import{Kind: models.ImportTable, Schema: t.Schema, Name: t.Name})
			}
			for _, q := range s.Sequences {
				out.Imports = append(out.Imports, models.Import{Kind: models.ImportSequence, Schema: q.Schema, Name: q.Name})
			}
			for _, d := range s.Domains {
				out.Imports = append(out.Imports, models.Import{Kind: models.ImportDomain, Schema: d.Schema, Name: d.Name})
			}
			for _, c := range s.Composites {
				out.Imports = append(out.Imports, models.Import{Kind: models.ImportComposite, Schema: c.Schema, Name: c.Name})
			}
		}
	}
	return out.Normalize(), nil
}

// conflicts refuses the tables of r that the project declares.
func conflicts(r, project *models.Realm) error {
	var declared []string
	for _, t := range r.Tables() {
		switch d := project.DataTable(t.Schema, t.Name); {
		case project.Table(t.Schema, t.Name) != nil:
			declared = append(declared, fmt.Sprintf("%s.%s (as a table)", t.Schema, t.Name))
		case d != nil:
			declared = append(declared, fmt.Sprintf("%s.%s (as data.table.%s)", t.Schema, t.Name, d.Label))
		}
	}
	if len(declared) > 0 {
		return &ConflictError{Declared: declared}
	}
	return nil
}

// projectData returns the data tables to print: those the project does
// not declare, labelled apart from the project's labels. A target the
// project declares as a table or a data table is referenced there (a
// data block of the project must declare the referenced columns).
func projectData(data []*models.DataTable, project *models.Realm) ([]*models.DataTable, error) {
	used := map[string]bool{}
	for _, d := range project.Data {
		used[d.Label] = true
	}
	var out []*models.DataTable
	var missing []string
	for _, d := range data {
		if project.Table(d.Schema, d.Name) != nil {
			continue
		}
		if pd := project.DataTable(d.Schema, d.Name); pd != nil {
			for _, c := range d.Columns {
				if pd.Column(c.Name) == nil {
					missing = append(missing, fmt.Sprintf("data.table.%s (%s.%s) lacks column %s", pd.Label, d.Schema, d.Name, c.Name))
				}
			}
			continue
		}
		label := d.Label
		for n := 2; used[label]; n++ {
			label = fmt.Sprintf("%s_%d", d.Label, n)
		}
		used[label] = true
		d.Label = label
		out = append(out, d)
	}
	if len(missing) > 0 {
		return nil, &MissingColumnsError{Missing: missing}
	}
	return out, nil
}
