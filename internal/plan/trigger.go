package plan

import (
	"fmt"

	"github.com/schemactl/schemactl/internal/ddl"
	"github.com/schemactl/schemactl/internal/models"
)

// Triggers (models.Trigger) on managed tables, and the declared ones on
// data tables. A managed table owns every trigger on it: an undeclared
// one is dropped. A changed trigger is replaced in place (CREATE OR
// REPLACE TRIGGER); one whose function this plan drops and creates again
// is dropped first and created after.

func triggerKey(schema, table, name string) string { return key("trigger", schema, table, name) }

func triggerAddress(schema, table, name string) string {
	return addressOf(KindTrigger, schema, table, name)
}

// triggerHost is a table with triggers: a table, or a data table.
type triggerHost struct {
	schema, name string
	triggers     []*models.Trigger
	// data is set for a data table, which is never created: its triggers
	// need nothing of the plan but their function.
	data bool
}

func tableHosts(r *models.Realm) []triggerHost {
	var out []triggerHost
	for _, t := range r.Tables() {
		out = append(out, triggerHost{schema: t.Schema, name: t.Name, triggers: t.Triggers})
	}
	for _, d := range r.Data {
		out = append(out, triggerHost{schema: d.Schema, name: d.Name, triggers: d.Triggers, data: true})
	}
	return out
}

func hostOf(hosts []triggerHost, schema, name string) *triggerHost {
	for i := range hosts {
		if hosts[i].schema == schema && hosts[i].name == name {
			return &hosts[i]
		}
	}
	return nil
}

func (h *triggerHost) trigger(name string) *models.Trigger {
	if h == nil {
		return nil
	}
	for _, t := range h.triggers {
		if t.Name == name {
			return t
		}
	}
	return nil
}

func (b *builder) diffTriggers() {
	desired, current := tableHosts(b.desired), tableHosts(b.current)
	for _, h := range desired {
		cur := hostOf(current, h.schema, h.name)
		for _, tr := range h.triggers {
			old := cur.trigger(tr.Name)
			addr := triggerAddress(h.schema, h.name, tr.Name)
			switch {
			case old == nil:
				b.createTrigger(b.change(KindTrigger, addr, b.createAction(models.ImportTable, h.schema, h.name)), h, tr, false)
			case b.replacedFunctions[[2]string{old.FunctionSchema, old.FunctionName}] || old.Timing != tr.Timing && tr.Timing == models.TriggerInsteadOf:
				c := b.change(KindTrigger, addr, ActionReplace)
				b.dropTrigger(c, h, old)
				b.createTrigger(c, h, tr, false)
			case !withComment(old, tr.Comment).Equal(tr):
				c := b.change(KindTrigger, addr, ActionUpdate)
				c.Items = append(c.Items, updated("trigger "+tr.Name, "definition", triggerSummary(old), triggerSummary(tr)))
				b.createTrigger(c, h, tr, true)
			}
			if old != nil && old.Comment != tr.Comment {
				c := b.change(KindTrigger, addr, ActionUpdate)
				c.Items = append(c.Items, updated("trigger "+tr.Name, "comment", commentText(old.Comment), commentText(tr.Comment)))
				b.commentTrigger(c, h, tr)
			}
		}
	}
	recorded := tableHosts(b.scope.state)
	for _, h := range current {
		des := hostOf(desired, h.schema, h.name)
		for _, tr := range h.triggers {
			if des.trigger(tr.Name) == nil {
				addr := triggerAddress(h.schema, h.name, tr.Name)
				c := b.change(KindTrigger, addr, ActionDelete)
				c.markDestroy(addr)
				s := b.dropTrigger(c, h, tr)
				if hostOf(recorded, h.schema, h.name).trigger(tr.Name) == nil {
					s.Hazards = append(s.Hazards, Hazard{HazardUndeclaredDropped, fmt.Sprintf(
						"trigger %s on %s was never declared: a managed table owns every trigger on it, so it is dropped", tr.Name, displayName(h.schema, h.name))})
				}
			}
		}
	}
}

func withComment(t *models.Trigger, comment string) *models.Trigger {
	n := *t
	n.Comment = comment
	return &n
}

// triggerSummary is a trigger's definition for a plan's details.
func triggerSummary(tr *models.Trigger) string {
	level := "STATEMENT"
	if tr.ForEachRow {
		level = "ROW"
	}
	s := fmt.Sprintf("%s %s FOR EACH %s", tr.Timing, tr.EventsSQL(), level)
	if tr.When != "" {
		s += " WHEN (" + tr.When + ")"
	}
	return s + " EXECUTE FUNCTION " + displayName(tr.FunctionSchema, tr.FunctionName) + "(" + tr.ArgsSQL() + ")"
}

func (b *builder) createTrigger(c *Change, h triggerHost, tr *models.Trigger, orReplace bool) {
	if !orReplace {
		action := ActionCreate
		if c.Action == ActionReplace {
			action = ActionReplace
		}
		c.Items = append(c.Items, Item{Action: action, Object: fmt.Sprintf("trigger %s on %s", tr.Name, displayName(h.schema, h.name)), New: triggerSummary(tr)})
	}
	k := triggerKey(h.schema, h.name, tr.Name)
	s := &Statement{
		SQL:      ddl.CreateTrigger(models.QualifiedName(h.schema, h.name), tr, orReplace),
		creates:  []string{k},
		requires: []string{functionNameKey(tr.FunctionName)},
	}
	if orReplace {
		s.drops = []string{k}
	}
	if !h.data {
		s.requires = append(s.requires, tableKey(h.schema, h.name), columnsKey(h.schema, h.name))
	}
	b.emit(c, s)
	if tr.Comment != "" && !orReplace {
		b.commentTrigger(c, h, tr)
	}
}

func (b *builder) commentTrigger(c *Change, h triggerHost, tr *models.Trigger) {
	b.emit(c, &Statement{
		SQL: fmt.Sprintf("COMMENT ON TRIGGER %s ON %s IS %s;", models.QuoteIdent(tr.Name), models.QualifiedName(h.schema, h.name),
			commentLiteral(tr.Comment)),
		requires: []string{triggerKey(h.schema, h.name, tr.Name)},
	})
}

func (b *builder) dropTrigger(c *Change, h triggerHost, tr *models.Trigger) *Statement {
	if c.Action == ActionDelete {
		c.Items = append(c.Items, dropped(fmt.Sprintf("trigger %s on %s", tr.Name, displayName(h.schema, h.name)), ""))
	}
	s := &Statement{
		SQL:      fmt.Sprintf("DROP TRIGGER %s ON %s;", models.QuoteIdent(tr.Name), models.QualifiedName(h.schema, h.name)),
		drops:    []string{triggerKey(h.schema, h.name, tr.Name)},
		dropDeps: []string{functionNameKey(tr.FunctionName)},
	}
	if !h.data {
		s.dropDeps = append(s.dropDeps, tableKey(h.schema, h.name), columnsKey(h.schema, h.name))
	}
	return b.emit(c, s)
}
