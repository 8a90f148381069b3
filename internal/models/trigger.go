package models

import (
	"cmp"
	"slices"
	"strings"
)

// Trigger timings, as DDL spells them.
const (
	TriggerBefore    = "BEFORE"
	TriggerAfter     = "AFTER"
	TriggerInsteadOf = "INSTEAD OF"
)

// Trigger events, as DDL spells them.
const (
	EventInsert   = "INSERT"
	EventUpdate   = "UPDATE"
	EventDelete   = "DELETE"
	EventTruncate = "TRUNCATE"
)

// Trigger is a CREATE TRIGGER on the table that holds it (or on a data
// table: DataTable.Triggers). It executes the function
// FunctionSchema.FunctionName, which takes no arguments and returns
// trigger; Args are the string arguments it sees in TG_ARGV.
type Trigger struct {
	Name   string `json:"name"`
	Timing string `json:"timing"` // TriggerBefore, TriggerAfter or TriggerInsteadOf
	// Events are INSERT, UPDATE, DELETE, TRUNCATE, in that order.
	Events []string `json:"events"`
	// UpdateOf are the columns of UPDATE OF (only with EventUpdate).
	UpdateOf []string `json:"update_of,omitempty"`
	// ForEachRow is FOR EACH ROW; false is FOR EACH STATEMENT.
	ForEachRow bool `json:"for_each_row,omitempty"`
	// When is the WHEN condition without its parentheses ("" for none).
	When           string   `json:"when,omitempty"`
	FunctionSchema string   `json:"function_schema"`
	FunctionName   string   `json:"function_name"`
	Args           []string `json:"args,omitempty"`
	Comment        string   `json:"comment,omitempty"`
}

// eventOrder is the order PostgreSQL prints events in.
var eventOrder = []string{EventInsert, EventDelete, EventUpdate, EventTruncate}

// EventsSQL is the trigger's events as CREATE TRIGGER writes them
// ("INSERT OR UPDATE OF \"a\", \"b\"").
func (t *Trigger) EventsSQL() string {
	parts := make([]string, 0, len(t.Events))
	for _, e := range t.Events {
		if e == EventUpdate && len(t.UpdateOf) > 0 {
			cols := make([]string, len(t.UpdateOf))
			for i, c := range t.UpdateOf {
				cols[i] = QuoteIdent(c)
			}
			e += " OF " + strings.Join(cols, ", ")
		}
		parts = append(parts, e)
	}
	return strings.Join(parts, " OR ")
}

// ArgsSQL is the function call's argument list as CREATE TRIGGER writes
// it: each argument a string literal.
func (t *Trigger) ArgsSQL() string {
	args := make([]string, len(t.Args))
	for i, a := range t.Args {
		args[i] = QuoteLiteral(a)
	}
	return strings.Join(args, ", ")
}

// Equal reports whether two triggers are the same.
func (t *Trigger) Equal(o *Trigger) bool {
	return t.Name == o.Name && t.Timing == o.Timing && slices.Equal(t.Events, o.Events) &&
		slices.Equal(t.UpdateOf, o.UpdateOf) && t.ForEachRow == o.ForEachRow && t.When == o.When &&
		t.FunctionSchema == o.FunctionSchema && t.FunctionName == o.FunctionName &&
		slices.Equal(t.Args, o.Args) && t.Comment == o.Comment
}

func (t *Trigger) normalize() {
	t.Timing = strings.ToUpper(t.Timing)
	for i, e := range t.Events {
		t.Events[i] = strings.ToUpper(e)
	}
	slices.SortFunc(t.Events, func(a, b string) int {
		return cmp.Compare(slices.Index(eventOrder, a), slices.Index(eventOrder, b))
	})
	t.Events = slices.Compact(t.Events)
	t.UpdateOf = nilIfEmpty(t.UpdateOf)
	t.Args = nilIfEmpty(t.Args)
}

func normalizeTriggers(ts []*Trigger) []*Trigger {
	for _, t := range ts {
		t.normalize()
	}
	slices.SortFunc(ts, func(a, b *Trigger) int { return cmp.Compare(a.Name, b.Name) })
	return nilIfEmpty(ts)
}

func copyTrigger(t *Trigger) *Trigger {
	n := *t
	n.Events, n.UpdateOf, n.Args = slices.Clone(t.Events), slices.Clone(t.UpdateOf), slices.Clone(t.Args)
	return &n
}

// Trigger returns the trigger named name, or nil.
func (t *Table) Trigger(name string) *Trigger { return triggerNamed(t.triggers(), name) }

func (t *Table) triggers() []*Trigger {
	if t == nil {
		return nil
	}
	return t.Triggers
}

// Trigger returns the trigger named name, or nil.
func (d *DataTable) Trigger(name string) *Trigger {
	if d == nil {
		return nil
	}
	return triggerNamed(d.Triggers, name)
}

func triggerNamed(ts []*Trigger, name string) *Trigger {
	for _, t := range ts {
		if t.Name == name {
			return t
		}
	}
	return nil
}
