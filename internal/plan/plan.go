package plan

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// Action is what a change does to its object.
type Action int

// Actions, in the order Terraform lists them.
const (
	ActionCreate  Action = iota + 1 // +
	ActionUpdate                    // ~ update in place
	ActionDelete                    // -
	ActionReplace                   // -/+ drop and create again
)

// String is the action's JSON name.
func (a Action) String() string {
	switch a {
	case ActionCreate:
		return "create"
	case ActionUpdate:
		return "update"
	case ActionDelete:
		return "delete"
	case ActionReplace:
		return "replace"
	}
	return fmt.Sprintf("Action(%d)", int(a))
}

// Symbol is the action's mark in the text plan.
func (a Action) Symbol() string {
	switch a {
	case ActionCreate:
		return "+"
	case ActionUpdate:
		return "~"
	case ActionDelete:
		return "-"
	case ActionReplace:
		return "-/+"
	}
	return "?"
}

// Kind is the kind of a top-level object: the blocks the summary counts.
type Kind string

// Kinds of top-level objects; the values prefix addresses.
const (
	KindSchema Kind = "schema"
	KindEnum   Kind = "enum"
	KindTable  Kind = "table"
	KindPolicy Kind = "policy"
)

// Hazard codes. Every statement that can hurt a live system carries one or
// more hazards; the code is stable (JSON, tests), the message explains.
const (
	// HazardDataLoss: rows or values are destroyed (drop table or column,
	// narrowing type, enum value removal).
	HazardDataLoss = "DATA_LOSS"
	// HazardTableRewrite: the whole table is rewritten under an ACCESS
	// EXCLUSIVE lock.
	HazardTableRewrite = "TABLE_REWRITE"
	// HazardAccessExclusiveLock: the statement takes an ACCESS EXCLUSIVE
	// lock that blocks reads and writes for its duration.
	HazardAccessExclusiveLock = "ACCESS_EXCLUSIVE_LOCK"
	// HazardTableScan: the statement scans the whole table to validate
	// existing rows.
	HazardTableScan = "TABLE_SCAN"
	// HazardIndexBuild: an index is built without CONCURRENTLY on an
	// existing table, blocking writes while it builds.
	HazardIndexBuild = "INDEX_BUILD"
	// HazardIndexDropped: queries that used the index may get slower.
	HazardIndexDropped = "INDEX_DROPPED"
)

// Hazard is one way a statement can hurt a live system.
type Hazard struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Statement is one SQL statement of the plan.
type Statement struct {
	SQL string
	// NoTransaction marks statements that cannot run in a transaction
	// block (CREATE INDEX CONCURRENTLY); the migration writer puts them in
	// a file of their own.
	NoTransaction bool
	Hazards       []Hazard

	// Graph edges, by object key (see keys.go).
	creates  []string // objects this statement creates or alters
	drops    []string // objects this statement drops or alters
	requires []string // objects that must be created before this runs
	dropDeps []string // objects that must be dropped only after this runs
	after    []*Statement
	seq      int // generation order: the stable tie-break
}

// Item is one line of detail under a change in the text plan: a column
// added, an index replaced.
type Item struct {
	Action      Action
	Description string
}

// Change is what happens to one top-level object.
type Change struct {
	Action Action
	Kind   Kind
	// Address names the object: "schema.public", "enum.public.severity",
	// "table.public.alert_events", "policy.public.alert_events.name".
	Address string
	Items   []Item
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
}

// Empty reports whether the plan changes nothing.
func (p *Plan) Empty() bool { return p == nil || len(p.Changes) == 0 }

// Summary counts the top-level changes the way Terraform does: a replace
// counts as one add and one destroy.
type Summary struct {
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

// DestroyError is returned when a plan would destroy objects it may not:
// Refused need --allow-destroy, Prevented are protected by
// lifecycle.prevent_destroy (now or in the recorded state) and are never
// dropped.
type DestroyError struct {
	Refused   []string
	Prevented []string
}

func (e *DestroyError) Error() string {
	var b strings.Builder
	if len(e.Prevented) > 0 {
		fmt.Fprintf(&b, "refusing to destroy %s: lifecycle.prevent_destroy is set (set it to false and apply first, then remove the object)", strings.Join(e.Prevented, ", "))
	}
	if len(e.Refused) > 0 {
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "the plan destroys %s: pass --allow-destroy to allow it", strings.Join(e.Refused, ", "))
	}
	return b.String()
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
