package takeover

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/catalog"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/views"
)

// Group is one kind of thing the HCL cannot express, with every instance
// of it in the inspected scope.
type Group struct {
	// Kind names the group: an object kind ("view", "trigger"), an
	// attribute of an object kind ("column: generated", "index: nulls not
	// distinct"), or "foreign key left out".
	Kind string
	// Items are the instances, one line each, sorted.
	Items []string
}

// Report is everything of an inspected scope that the HCL cannot
// express, grouped by kind; empty when the HCL says it all.
type Report []Group

// Count is the number of items in all groups.
func (r Report) Count() int {
	n := 0
	for _, g := range r {
		n += len(g.Items)
	}
	return n
}

// Group order: objects the model cannot hold, then what sits on tables,
// then attributes, then the foreign keys left out.
const (
	rankObject = iota
	rankTableObject
	rankAttribute
	rankForeignKey
)

// Unexpressible reports what r (as the catalog read it, before Prepare)
// and the foreign keys the catalog left out hold that the HCL cannot
// express.
func Unexpressible(r *models.Realm, dangling []catalog.Dangling) Report {
	type key struct {
		rank int
		kind string
	}
	groups := map[key][]string{}
	for _, o := range r.Unsupported {
		item := o.Schema + "." + o.Name
		if o.Detail != "" {
			item += " (" + o.Detail + ")"
		}
		groups[key{rankObject, o.Kind}] = append(groups[key{rankObject, o.Kind}], item)
	}
	for _, t := range r.Tables() {
		at := t.Schema + "." + t.Name + ": "
		for _, o := range t.Objects {
			k := key{rankTableObject, o.Kind}
			groups[k] = append(groups[k], at+o.Name+": "+o.Definition)
		}
		for _, a := range t.Unmodeled {
			kind, _, _ := strings.Cut(a.Object, " ")
			k := key{rankAttribute, kind + ": " + a.Name}
			item := at + a.Object // "public.t: column c", or "public.t" alone for the table's own
			if a.Object == "table" {
				item = t.Schema + "." + t.Name
			}
			if a.Value != "" && !strings.EqualFold(a.Value, a.Name) {
				item += ": " + a.Value
			}
			groups[k] = append(groups[k], item)
		}
	}
	for _, d := range dangling {
		k := key{rankForeignKey, "foreign key left out"}
		groups[k] = append(groups[k], fmt.Sprintf("%s.%s: foreign key %s references %s, %s", d.Schema, d.Table, d.ForeignKey, d.Target, d.Reason))
	}
	keys := make([]key, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int { return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(a.kind, b.kind)) })
	out := make(Report, 0, len(keys))
	for _, k := range keys {
		items := groups[k]
		slices.Sort(items)
		out = append(out, Group{Kind: k.kind, Items: items})
	}
	return out
}

// Write prints the report after a first line that starts with prefix
// ("Warning" or "Error"): each group as "  KIND (N):" and its items
// indented below. Control characters in names and definitions are
// escaped, so the report reads as what the catalog holds.
func (r Report) Write(w io.Writer, prefix string) error {
	if len(r) == 0 {
		return nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: the HCL cannot express %s of the inspected scope, which the output lacks:\n",
		prefix, pick(r.Count(), "1 object or attribute", fmt.Sprintf("%d objects and attributes", r.Count())))
	for _, g := range r {
		fmt.Fprintf(&b, "  %s (%d):\n", views.Line(g.Kind), len(g.Items))
		for _, it := range g.Items {
			fmt.Fprintf(&b, "    %s\n", views.Line(it))
		}
	}
	b.WriteString("Objects other than tables are never managed. On a table a plan manages, a trigger, rule or\n" +
		"foreign key listed is planned for drop, and any other attribute listed is a difference\n" +
		"no plan can make: the plan names it, and an import of the table fails, naming it.\n")
	for _, g := range r {
		if g.Kind == "domain collation" || g.Kind == "composite type field collation" {
			b.WriteString("A collation listed of a domain or composite type a plan manages is a difference no plan\n" +
				"can make either: the plan names it.\n")
			break
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
