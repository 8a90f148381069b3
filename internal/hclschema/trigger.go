package hclschema

import (
	"fmt"
	"slices"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/schemactl/schemactl/internal/models"
)

// triggerSpec is Atlas's trigger block: on, one of before / after /
// instead_of with the events, for, when and execute.
var triggerSpec = bodySpec{
	what:  "a trigger block",
	attrs: []attrSpec{{name: "on", required: true}, {name: "for"}, {name: "when"}, {name: "comment"}},
	blocks: []blockSpec{{name: "before", single: true}, {name: "after", single: true}, {name: "instead_of", single: true},
		{name: "execute", single: true}},
	hints: map[string]string{
		"function": "The function is given in execute { function = function.NAME }.",
		"events":   "Events are given in a before, after or instead_of block: before { insert = true }.",
		"for_each": "The level is for = ROW or for = STATEMENT.",
	},
}

var triggerEventsSpec = bodySpec{
	what:  "a trigger's timing block",
	attrs: []attrSpec{{name: "insert"}, {name: "update"}, {name: "delete"}, {name: "truncate"}, {name: "update_of"}},
}

var triggerExecuteSpec = bodySpec{
	what:  "an execute block",
	attrs: []attrSpec{{name: "function", required: true}, {name: "args"}},
}

var triggerLevels = []string{"ROW", "STATEMENT"}

// triggerHost is where a trigger goes: a table or a data table.
type triggerHost struct {
	schema, name string
	columns      func(string) bool
	triggers     *[]*models.Trigger
}

// decodeTrigger reads a trigger block, after tables, data tables and
// functions.
func (l *loader) decodeTrigger(b *hclsyntax.Block) {
	tr := &models.Trigger{Name: b.Labels[0]}
	l.identifier(tr.Name, b.LabelRanges[0], "a trigger")
	c, diags := bodyContent(b.Body, triggerSpec, blockHeader(b))
	l.add(diags...)
	a := c.attr("on")
	if a == nil {
		return
	}
	host, ok := l.triggerHost(a)
	if !ok {
		return
	}
	if a := c.attr("for"); a != nil {
		v, _, d := keyword(a.Expr, "for", triggerLevels)
		l.add(d...)
		tr.ForEachRow = v == "ROW"
	}
	if a := c.attr("when"); a != nil {
		v, ok, d := stringValue(a.Expr, "when")
		l.add(d...)
		if ok {
			l.add(checkSQLText(oneExpression, v, a.Expr.Range(), "The when of trigger", tr.Name)...)
		}
		tr.When = v
	}
	if a := c.attr("comment"); a != nil {
		v, _, d := stringValue(a.Expr, "comment")
		l.add(d...)
		tr.Comment = v
	}
	l.triggerTiming(tr, c, host, blockHeader(b))
	if ex := c.blocksOf("execute"); len(ex) == 1 {
		l.triggerExecute(tr, ex[0], host.schema)
	} else {
		l.add(errorf(blockHeader(b), "Missing execute block", "Trigger %q needs execute { function = function.NAME }.", tr.Name))
	}
	if slices.ContainsFunc(*host.triggers, func(t *models.Trigger) bool { return t.Name == tr.Name }) {
		l.add(errorf(b.LabelRanges[0], "Duplicate trigger", "Table %s.%s already has a trigger named %q.", host.schema, host.name, tr.Name))
		return
	}
	*host.triggers = append(*host.triggers, tr)
}

// triggerHost resolves on = table.NAME, table.SCHEMA.NAME or
// data.table.LABEL.
func (l *loader) triggerHost(a *hclsyntax.Attribute) (triggerHost, bool) {
	r, ok, d := reference(a.Expr, "on")
	l.add(d...)
	if !ok {
		return triggerHost{}, false
	}
	switch {
	case r.parts[0] == "table" && len(r.parts) >= 2 && len(r.parts) <= 3:
		td, ok := l.tableRef(r.parts[1:], r.rng, "")
		if !ok {
			return triggerHost{}, false
		}
		t := td.table
		return triggerHost{schema: t.Schema, name: t.Name, triggers: &t.Triggers,
			columns: func(c string) bool { return t.Column(c) != nil }}, true
	case len(r.parts) == 3 && r.parts[0] == "data" && r.parts[1] == "table":
		dd := l.data[r.parts[2]]
		if dd == nil {
			l.add(errorf(r.rng, "Reference to undeclared data table", "No data \"table\" block is labelled %q.", r.parts[2]))
			return triggerHost{}, false
		}
		d := dd.data
		return triggerHost{schema: d.Schema, name: d.Name, triggers: &d.Triggers,
			columns: func(c string) bool { return d.Column(c) != nil }}, true
	}
	l.add(errorf(r.rng, "Invalid reference", "The value of on must be a table, such as table.posts or data.table.auth_users, not %s.", r))
	return triggerHost{}, false
}

// triggerTiming reads the one before, after or instead_of block.
func (l *loader) triggerTiming(tr *models.Trigger, c content, host triggerHost, header hcl.Range) {
	var found []*hclsyntax.Block
	for _, name := range []string{"before", "after", "instead_of"} {
		found = append(found, c.blocksOf(name)...)
	}
	if len(found) != 1 {
		l.add(errorf(header, "Invalid trigger timing", "Trigger %q needs exactly one of before { ... }, after { ... } or instead_of { ... }, with its events.", tr.Name))
		return
	}
	b := found[0]
	tr.Timing = map[string]string{"before": models.TriggerBefore, "after": models.TriggerAfter, "instead_of": models.TriggerInsteadOf}[b.Type]
	ec, diags := bodyContent(b.Body, triggerEventsSpec, blockHeader(b))
	l.add(diags...)
	for _, ev := range []string{"insert", "update", "delete", "truncate"} {
		if a := ec.attr(ev); a != nil {
			v, _, d := boolValue(a.Expr, ev)
			l.add(d...)
			if v {
				tr.Events = append(tr.Events, map[string]string{"insert": models.EventInsert, "update": models.EventUpdate,
					"delete": models.EventDelete, "truncate": models.EventTruncate}[ev])
			}
		}
	}
	if a := ec.attr("update_of"); a != nil {
		refs, _, d := referenceList(a.Expr, "update_of")
		l.add(d...)
		for _, r := range refs {
			col := r.parts[len(r.parts)-1]
			if len(r.parts) < 2 || r.parts[len(r.parts)-2] != "column" || !host.columns(col) {
				l.add(errorf(r.rng, "Invalid reference", "update_of lists columns of %s.%s, such as column.updated_at; %s is not one.", host.schema, host.name, r))
				continue
			}
			tr.UpdateOf = append(tr.UpdateOf, col)
		}
		if len(tr.UpdateOf) > 0 && !slices.Contains(tr.Events, models.EventUpdate) {
			tr.Events = append(tr.Events, models.EventUpdate)
		}
	}
	if len(tr.Events) == 0 && ec.attr("update_of") == nil {
		l.add(errorf(blockHeader(b), "No trigger events", "Trigger %q fires on no event: set insert, update, delete or truncate = true, or update_of.", tr.Name))
	}
}

// triggerExecute reads execute { function = function.NAME, args = [...] }:
// a declared function that takes no arguments and returns trigger.
func (l *loader) triggerExecute(tr *models.Trigger, b *hclsyntax.Block, schema string) {
	c, diags := bodyContent(b.Body, triggerExecuteSpec, blockHeader(b))
	l.add(diags...)
	if a := c.attr("args"); a != nil {
		args, _, _, d := stringList(a.Expr, "args")
		l.add(d...)
		tr.Args = args
	}
	a := c.attr("function")
	if a == nil {
		return
	}
	r, ok, d := reference(a.Expr, "function")
	l.add(d...)
	if !ok {
		return
	}
	if r.parts[0] != "function" || len(r.parts) < 2 || len(r.parts) > 3 {
		l.add(errorf(r.rng, "Invalid reference", "The function of a trigger is function.NAME or function.SCHEMA.NAME, not %s.", r))
		return
	}
	var found []*models.Function
	for _, s := range l.realm.Schemas {
		if len(r.parts) == 3 && s.Name != r.parts[1] {
			continue
		}
		if f := s.Function(r.parts[len(r.parts)-1], ""); f != nil && !f.Procedure {
			found = append(found, f)
		}
	}
	if len(found) > 1 {
		found = slices.DeleteFunc(found, func(f *models.Function) bool { return f.Schema != schema })
	}
	switch {
	case len(found) == 0:
		l.add(errorf(r.rng, "Reference to undeclared function", "No function %s without arguments is declared: a trigger executes a function block that takes no arguments and returns trigger.", r))
		return
	case len(found) > 1:
		l.add(errorf(r.rng, "Ambiguous function reference", "Functions named %q exist in several schemas; write function.SCHEMA.NAME.", r.parts[len(r.parts)-1]))
		return
	}
	f := found[0]
	if f.Returns == nil || f.Returns.SetOf || f.Returns.Type.Name != "trigger" || f.Returns.Type.IsEnum() {
		l.add(errorf(r.rng, "Invalid trigger function", "%s", fmt.Sprintf("Function %s.%s does not return trigger, so no trigger can execute it.", f.Schema, f.Name)))
	}
	tr.FunctionSchema, tr.FunctionName = f.Schema, f.Name
}
