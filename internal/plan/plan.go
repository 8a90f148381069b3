package plan

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// Statement is one SQL statement of the plan.
type Statement struct {
	SQL string
	// NoTransaction marks statements that cannot run in a transaction
	// block (CREATE INDEX CONCURRENTLY); the migration writer puts them in
	// a file of their own.
	NoTransaction bool
	// Import marks the statements that create an object an import block
	// takes over, on a database that does not have it yet: the migration
	// writer puts them in an import file of their own, which apply runs on
	// a fresh database and, where the objects exist, replaces by checking
	// them against the declaration.
	Import  bool
	Hazards []Hazard

	// Graph edges, by object key (see keys.go).
	creates  []string // objects this statement creates or alters
	drops    []string // objects this statement drops or alters
	requires []string // objects that must be created before this runs
	dropDeps []string // objects that must be dropped only after this runs
	after    []*Statement
	seq      int // generation order: the stable tie-break
}

// Change is what happens to one top-level object.
type Change struct {
	Action Action
	Kind   Kind
	// Address names the object: "schema.public", "enum.public.severity",
	// "table.public.alert_events", "policy.public.alert_events.name".
	Address string
	// PreviousAddress is the table's address before a moved block renamed
	// it in this plan ("table.public.users"); empty otherwise.
	PreviousAddress string
	Items           []Item
	// Statements are this change's SQL, in plan order.
	Statements []*Statement

	// Destroy reports whether the change destroys data or a declared
	// object, so that it needs --allow-destroy.
	Destroy bool
	// destroys names what it destroys, for the refusal message.
	destroys []string
}

// Hazards are the hazards of all the change's statements, without
// duplicates.
func (c *Change) Hazards() []Hazard {
	var out []Hazard
	for _, s := range c.Statements {
		for _, h := range s.Hazards {
			if !slices.Contains(out, h) {
				out = append(out, h)
			}
		}
	}
	return out
}

// SQL is the change's statements as text.
func (c *Change) SQL() []string {
	out := make([]string, len(c.Statements))
	for i, s := range c.Statements {
		out[i] = s.SQL
	}
	return out
}

// Plan is the typed result of a diff.
type Plan struct {
	// Changes are sorted by address.
	Changes []*Change
	// Statements are every statement of every change in the order they
	// must run.
	Statements []*Statement
	// Unresolved are the differences no statement can make: what the
	// database holds on a managed table that the model cannot (a
	// generated column, NULLS NOT DISTINCT, ...). Sorted by address.
	Unresolved []Unresolved
}

// Unresolved is one difference between the database and the declaration
// that no plan can make, because the schema language cannot say it.
type Unresolved struct {
	// Address is the table's: "table.public.alert_events".
	Address string
	// Attribute is what the database has and the declaration has not.
	models.Attribute
}

// Empty reports whether the plan changes nothing.
func (p *Plan) Empty() bool { return p == nil || len(p.Changes) == 0 }

// Matches reports whether the database matches the declaration: nothing
// to change and nothing that cannot be changed.
func (p *Plan) Matches() bool { return p.Empty() && (p == nil || len(p.Unresolved) == 0) }

// Summary counts the top-level changes the way Terraform does: a replace
// counts as one add and one destroy.
type Summary struct {
	Import  int `json:"import"`
	Add     int `json:"add"`
	Change  int `json:"change"`
	Destroy int `json:"destroy"`
}

// Summary counts the plan's changes.
func (p *Plan) Summary() Summary {
	var s Summary
	if p == nil {
		return s
	}
	for _, c := range p.Changes {
		switch c.Action {
		case ActionCreate:
			s.Add++
		case ActionUpdate:
			s.Change++
		case ActionDelete:
			s.Destroy++
		case ActionReplace:
			s.Add++
			s.Destroy++
		case ActionImport:
			s.Import++
		}
	}
	return s
}

// Hazards lists every hazard of the plan, once each, in statement order.
func (p *Plan) Hazards() []Hazard {
	var out []Hazard
	for _, s := range p.Statements {
		for _, h := range s.Hazards {
			if !slices.Contains(out, h) {
				out = append(out, h)
			}
		}
	}
	return out
}

// Addresses names every changed object, for messages ("changes
// table.public.x, policy.public.x.p").
func (p *Plan) Addresses() []string {
	out := make([]string, len(p.Changes))
	for i, c := range p.Changes {
		out[i] = c.Address
	}
	return out
}

// Describe is a one-line description of the plan for a migration header:
// "create table public.alert_events; update enum public.severity".
func (p *Plan) Describe() string {
	parts := make([]string, len(p.Changes))
	for i, c := range p.Changes {
		parts[i] = c.Action.String() + " " + string(c.Kind) + " " + strings.TrimPrefix(c.Address, string(c.Kind)+".")
	}
	return strings.Join(parts, "; ")
}

// Options tune Build.
type Options struct {
	// AllowDestroy permits changes that drop declared objects or data.
	// prevent_destroy is honoured regardless.
	AllowDestroy bool
}

func addressOf(kind Kind, parts ...string) string {
	return string(kind) + "." + strings.Join(parts, ".")
}

// displayName is schema.name unquoted, for headers and messages.
func displayName(parts ...string) string { return strings.Join(parts, ".") }

// realmOrEmpty treats nil as an empty realm.
func realmOrEmpty(r *models.Realm) *models.Realm {
	if r == nil {
		return &models.Realm{}
	}
	return r
}

// Line is the change on one line: "update table.public.x (+ index i; ~
// column c type integer -> bigint)". Unescaped: views escape it.
func (c *Change) Line() string {
	s := c.Action.String() + " " + c.Address
	if len(c.Items) > 0 {
		details := make([]string, len(c.Items))
		for i, it := range c.Items {
			details[i] = it.Action.Symbol() + " " + it.Description()
		}
		s += " (" + strings.Join(details, "; ") + ")"
	}
	return s
}

// Line is the difference on one line: "table.public.t: index i has nulls
// not distinct". Unescaped: views escape it.
func (u Unresolved) Line() string {
	s := fmt.Sprintf("%s: %s has %s", u.Address, u.Object, u.Name)
	if u.Value != "" && !strings.EqualFold(u.Value, u.Name) {
		s += " " + u.Value
	}
	return s
}

// Lines lists the plan one change, then one unresolved difference, a line
// (for drift and import messages); none for nil.
func (p *Plan) Lines() []string {
	if p == nil {
		return nil
	}
	var out []string
	for _, c := range p.Changes {
		out = append(out, c.Line())
	}
	for _, u := range p.Unresolved {
		out = append(out, "unresolved "+u.Line()+" (the HCL cannot declare it)")
	}
	return out
}
