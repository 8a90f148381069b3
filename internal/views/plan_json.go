package views

import (
	"bytes"
	"encoding/json"

	"github.com/schemactl/schemactl/internal/escape"
	"github.com/schemactl/schemactl/internal/plan"
)

// JSONFormatVersion is the version of the JSON plan format. The minor
// number grows when fields are added; the major one when a field changes
// meaning or is removed.
const JSONFormatVersion = "2.1"

type jsonPlan struct {
	FormatVersion string       `json:"format_version"`
	Changes       []jsonChange `json:"changes"`
	Statements    []jsonStmt   `json:"statements"`
	Summary       plan.Summary `json:"summary"`
	// Unresolved are the differences no plan can make.
	Unresolved []jsonUnresolved `json:"unresolved"`
	Drift      []jsonDrift      `json:"drift"`
	Pending    []string         `json:"pending"`
}

// jsonUnresolved is a difference no plan can make.
type jsonUnresolved struct {
	Address   string `json:"address"`
	Object    string `json:"object"`
	Attribute string `json:"attribute"`
	Value     string `json:"value"`
}

type jsonChange struct {
	Action  string `json:"action"`
	Address string `json:"address"`
	// PreviousAddress is the address before a moved block renamed the
	// object in this plan, as Terraform's JSON plan has it.
	PreviousAddress string        `json:"previous_address,omitempty"`
	Type            plan.Kind     `json:"type"`
	Details         []jsonItem    `json:"details"`
	SQL             []string      `json:"sql"`
	Hazards         []plan.Hazard `json:"hazards"`
}

// jsonItem is one detail of a change: the description a person reads,
// and the same as data (plan.Item).
type jsonItem struct {
	Action      string `json:"action"`
	Description string `json:"description"`
	Object      string `json:"object"`
	Attribute   string `json:"attribute,omitempty"`
	Old         string `json:"old,omitempty"`
	New         string `json:"new,omitempty"`
}

type jsonStmt struct {
	SQL           string `json:"sql"`
	NoTransaction bool   `json:"no_transaction,omitempty"`
	// Import marks the statements that create an imported object on a
	// database that lacks it (they go in an import file).
	Import bool `json:"import,omitempty"`
}

// jsonDrift is one drifted object, as `status --format json` gives it.
type jsonDrift struct {
	Address string   `json:"address"`
	Action  string   `json:"action"`
	Details []string `json:"details"`
}

// PlanJSON is the machine-readable plan (docs/commands.md): format_version,
// changes[] with action, address, sql[] and hazards[], the statements in
// run order, summary, drift[] and pending[]. Lists are never null.
// Control characters and the runes that reorder text are escaped
// (encodeJSON).
func PlanJSON(out PlanOutput) ([]byte, error) {
	p := out.Plan
	if p == nil {
		p = &plan.Plan{}
	}
	doc := jsonPlan{
		FormatVersion: JSONFormatVersion,
		Changes:       []jsonChange{},
		Statements:    []jsonStmt{},
		Summary:       p.Summary(),
		Unresolved:    unresolvedJSON(p.Unresolved),
		Drift:         driftJSON(out.Drift),
		Pending:       nonNil(out.Pending),
	}
	for _, c := range p.Changes {
		doc.Changes = append(doc.Changes, changeJSON(c))
	}
	for _, s := range p.Statements {
		doc.Statements = append(doc.Statements, jsonStmt{SQL: s.SQL, NoTransaction: s.NoTransaction, Import: s.Import})
	}
	return encodeJSON(doc)
}

func changeJSON(c *plan.Change) jsonChange {
	jc := jsonChange{
		Action:          c.Action.String(),
		Address:         c.Address,
		PreviousAddress: c.PreviousAddress,
		Type:            c.Kind,
		Details:         []jsonItem{},
		SQL:             c.SQL(),
		Hazards:         c.Hazards(),
	}
	if jc.Hazards == nil {
		jc.Hazards = []plan.Hazard{}
	}
	for _, it := range c.Items {
		jc.Details = append(jc.Details, jsonItem{Action: it.Action.String(), Description: it.Description(),
			Object: it.Object, Attribute: it.Attribute, Old: it.Old, New: it.New})
	}
	return jc
}

func unresolvedJSON(us []plan.Unresolved) []jsonUnresolved {
	out := []jsonUnresolved{}
	for _, u := range us {
		out = append(out, jsonUnresolved{Address: u.Address, Object: u.Object, Attribute: u.Name, Value: u.Value})
	}
	return out
}

// driftJSON lists a drift plan: each changed object with its details,
// and each unresolved difference as an "unresolved" action.
func driftJSON(drift *plan.Plan) []jsonDrift {
	out := []jsonDrift{}
	if drift == nil {
		return out
	}
	for _, c := range drift.Changes {
		d := jsonDrift{Address: c.Address, Action: c.Action.String(), Details: []string{}}
		for _, it := range c.Items {
			d.Details = append(d.Details, it.Action.Symbol()+" "+it.Description())
		}
		out = append(out, d)
	}
	for _, u := range drift.Unresolved {
		out = append(out, jsonDrift{Address: u.Address, Action: "unresolved", Details: []string{UnresolvedText(u)}})
	}
	return out
}

// encodeJSON is indented JSON without HTML escaping, ending in a newline,
// with every control character and every rune that reorders or hides text
// escaped (escape.JSON): encoding/json leaves DEL, the C1 controls and the
// bidirectional overrides raw.
func encodeJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return escape.JSON(b.Bytes()), nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
