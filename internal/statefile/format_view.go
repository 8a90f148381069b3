package statefile

import "github.com/schemactl/schemactl/internal/models"

// view is a view or materialized view. Its query is as the HCL declared
// it; what it reads is never recorded (the server says it).
type view struct {
	Schema          string        `json:"schema"`
	Name            string        `json:"name"`
	Materialized    bool          `json:"materialized,omitempty"`
	Definition      string        `json:"definition"`
	CheckOption     string        `json:"check_option,omitempty"`
	SecurityBarrier bool          `json:"security_barrier,omitempty"`
	SecurityInvoker bool          `json:"security_invoker,omitempty"`
	Comment         string        `json:"comment,omitempty"`
	WithNoData      bool          `json:"with_no_data,omitempty"`
	Indexes         []*index      `json:"indexes,omitempty"`
	Columns         []*viewColumn `json:"columns,omitempty"`
}

type viewColumn struct {
	Name string     `json:"name"`
	Type columnType `json:"type"`
}

func fromView(v *models.View) *view {
	out := &view{Schema: v.Schema, Name: v.Name, Materialized: v.Materialized, Definition: v.Definition,
		CheckOption: v.CheckOption, SecurityBarrier: v.SecurityBarrier, SecurityInvoker: v.SecurityInvoker,
		Comment: v.Comment, WithNoData: v.WithNoData, Indexes: convertEach(v.Indexes, fromIndex)}
	for _, c := range v.Columns {
		out.Columns = append(out.Columns, &viewColumn{Name: c.Name,
			Type: fromType(c.Type)})
	}
	return out
}

func (v *view) model() *models.View {
	out := &models.View{Schema: v.Schema, Name: v.Name, Materialized: v.Materialized, Definition: v.Definition,
		CheckOption: v.CheckOption, SecurityBarrier: v.SecurityBarrier, SecurityInvoker: v.SecurityInvoker,
		Comment: v.Comment, WithNoData: v.WithNoData, Indexes: convertEach(v.Indexes, (*index).model)}
	for _, c := range v.Columns {
		out.Columns = append(out.Columns, &models.ViewColumn{Name: c.Name,
			Type: c.Type.model()})
	}
	return out
}
