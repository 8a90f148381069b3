package statefile

import "github.com/schemactl/schemactl/internal/models"

// function is a function or procedure (format_version 3).
type function struct {
	Schema          string          `json:"schema"`
	Name            string          `json:"name"`
	Procedure       bool            `json:"procedure,omitempty"`
	Args            []*functionArg  `json:"args,omitempty"`
	Returns         *functionReturn `json:"returns,omitempty"`
	Language        string          `json:"language"`
	Volatility      string          `json:"volatility,omitempty"`
	Strict          bool            `json:"strict,omitempty"`
	SecurityDefiner bool            `json:"security_definer,omitempty"`
	SearchPath      string          `json:"search_path,omitempty"`
	Body            string          `json:"body"`
	Comment         string          `json:"comment,omitempty"`
}

type functionArg struct {
	Name    string     `json:"name,omitempty"`
	Type    columnType `json:"type"`
	Mode    string     `json:"mode,omitempty"`
	Default string     `json:"default,omitempty"`
}

type functionReturn struct {
	Type  columnType     `json:"type"`
	SetOf bool           `json:"setof,omitempty"`
	Table []*functionArg `json:"table,omitempty"`
}

func fromType(t models.Type) columnType {
	return columnType{Name: t.Name, Modifiers: t.Modifiers, Array: t.Array, EnumSchema: t.EnumSchema, Kind: t.Kind}
}

func (t columnType) model() models.Type {
	return models.Type{Name: t.Name, Modifiers: t.Modifiers, Array: t.Array, EnumSchema: t.EnumSchema, Kind: t.Kind}
}

func fromFunctionArg(a *models.FunctionArg) *functionArg {
	return &functionArg{Name: a.Name, Type: fromType(a.Type), Mode: a.Mode, Default: a.Default}
}

func (a *functionArg) model() *models.FunctionArg {
	return &models.FunctionArg{Name: a.Name, Type: a.Type.model(), Mode: a.Mode, Default: a.Default}
}

func fromFunction(f *models.Function) *function {
	out := &function{Schema: f.Schema, Name: f.Name, Procedure: f.Procedure, Args: convertEach(f.Args, fromFunctionArg),
		Language: f.Language, Volatility: f.Volatility, Strict: f.Strict, SecurityDefiner: f.SecurityDefiner,
		SearchPath: f.SearchPath, Body: f.Body, Comment: f.Comment}
	if r := f.Returns; r != nil {
		out.Returns = &functionReturn{Type: fromType(r.Type), SetOf: r.SetOf, Table: convertEach(r.Table, fromFunctionArg)}
	}
	return out
}

func (f *function) model() *models.Function {
	out := &models.Function{Schema: f.Schema, Name: f.Name, Procedure: f.Procedure, Args: convertEach(f.Args, (*functionArg).model),
		Language: f.Language, Volatility: f.Volatility, Strict: f.Strict, SecurityDefiner: f.SecurityDefiner,
		SearchPath: f.SearchPath, Body: f.Body, Comment: f.Comment}
	if r := f.Returns; r != nil {
		out.Returns = &models.FunctionReturn{Type: r.Type.model(), SetOf: r.SetOf, Table: convertEach(r.Table, (*functionArg).model)}
	}
	return out
}

// trigger is a trigger of a table or data table (format_version 3).
type trigger struct {
	Name           string   `json:"name"`
	Timing         string   `json:"timing"`
	Events         []string `json:"events"`
	UpdateOf       []string `json:"update_of,omitempty"`
	ForEachRow     bool     `json:"for_each_row,omitempty"`
	When           string   `json:"when,omitempty"`
	FunctionSchema string   `json:"function_schema"`
	FunctionName   string   `json:"function_name"`
	Args           []string `json:"args,omitempty"`
	Comment        string   `json:"comment,omitempty"`
}

func fromTrigger(t *models.Trigger) *trigger {
	return &trigger{Name: t.Name, Timing: t.Timing, Events: t.Events, UpdateOf: t.UpdateOf, ForEachRow: t.ForEachRow,
		When: t.When, FunctionSchema: t.FunctionSchema, FunctionName: t.FunctionName, Args: t.Args, Comment: t.Comment}
}

func (t *trigger) model() *models.Trigger {
	return &models.Trigger{Name: t.Name, Timing: t.Timing, Events: t.Events, UpdateOf: t.UpdateOf, ForEachRow: t.ForEachRow,
		When: t.When, FunctionSchema: t.FunctionSchema, FunctionName: t.FunctionName, Args: t.Args, Comment: t.Comment}
}

// dataTable is a data table with the triggers schemactl manages on it:
// the table itself is never managed, so nothing else of it is recorded.
type dataTable struct {
	Label    string     `json:"label"`
	Schema   string     `json:"schema"`
	Name     string     `json:"name"`
	Triggers []*trigger `json:"triggers,omitempty"`
}

func fromDataTable(d *models.DataTable) *dataTable {
	return &dataTable{Label: d.Label, Schema: d.Schema, Name: d.Name, Triggers: convertEach(d.Triggers, fromTrigger)}
}

func (d *dataTable) model() *models.DataTable {
	return &models.DataTable{Label: d.Label, Schema: d.Schema, Name: d.Name, Triggers: convertEach(d.Triggers, (*trigger).model)}
}
