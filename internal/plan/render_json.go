package plan

import (
	"encoding/json"
	"strings"
)

// JSONFormatVersion is the version of the JSON plan format. It changes
// only when a field changes meaning or is removed.
const JSONFormatVersion = "1.0"

type jsonPlan struct {
	FormatVersion string       `json:"format_version"`
	Changes       []jsonChange `json:"changes"`
	Statements    []jsonStmt   `json:"statements"`
	Summary       Summary      `json:"summary"`
	Drift         []string     `json:"drift"`
	Pending       []string     `json:"pending"`
}

type jsonChange struct {
	Action  string     `json:"action"`
	Address string     `json:"address"`
	Type    Kind       `json:"type"`
	Details []jsonItem `json:"details"`
	SQL     []string   `json:"sql"`
	Hazards []Hazard   `json:"hazards"`
}

type jsonItem struct {
	Action      string `json:"action"`
	Description string `json:"description"`
}

type jsonStmt struct {
	SQL           string `json:"sql"`
	NoTransaction bool   `json:"no_transaction,omitempty"`
}

// RenderJSON is the machine-readable plan (SPEC §6): format_version,
// changes[] with action, address, sql[] and hazards[], the statements in
// run order, summary, drift[] and pending[]. Lists are never null.
func RenderJSON(p *Plan) ([]byte, error) {
	if p == nil {
		p = &Plan{}
	}
	out := jsonPlan{
		FormatVersion: JSONFormatVersion,
		Changes:       []jsonChange{},
		Statements:    []jsonStmt{},
		Summary:       p.Summary(),
		Drift:         nonNilStrings(p.Drift),
		Pending:       nonNilStrings(p.Pending),
	}
	for _, c := range p.Changes {
		jc := jsonChange{
			Action:  c.Action.String(),
			Address: c.Address,
			Type:    c.Kind,
			Details: []jsonItem{},
			SQL:     c.SQL(),
			Hazards: c.Hazards(),
		}
		if jc.Hazards == nil {
			jc.Hazards = []Hazard{}
		}
		for _, it := range c.Items {
			jc.Details = append(jc.Details, jsonItem{Action: it.Action.String(), Description: it.Description})
		}
		out.Changes = append(out.Changes, jc)
	}
	for _, s := range p.Statements {
		out.Statements = append(out.Statements, jsonStmt{SQL: s.SQL, NoTransaction: s.NoTransaction})
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return nil, err
	}
	return []byte(b.String()), nil
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
