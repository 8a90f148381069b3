package statefile

import "github.com/schemactl/schemactl/internal/models"

// The parts of the format that indexes and exclusion constraints share:
// keys and storage parameters.

func fromIndexPart(p models.IndexPart) indexPart {
	return indexPart{Column: p.Column, Expr: p.Expr, Desc: p.Desc, NullsFirst: p.NullsFirst, OpClass: p.OpClass, Collation: p.Collation}
}

func (p indexPart) model() models.IndexPart {
	return models.IndexPart{Column: p.Column, Expr: p.Expr, Desc: p.Desc, NullsFirst: p.NullsFirst, OpClass: p.OpClass, Collation: p.Collation}
}

type param struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

func fromParams(ps []models.IndexParameter) []param {
	if ps == nil {
		return nil
	}
	out := make([]param, len(ps))
	for i, p := range ps {
		out[i] = param{Name: p.Name, Value: p.Value}
	}
	return out
}

func paramsModel(ps []param) []models.IndexParameter {
	if ps == nil {
		return nil
	}
	out := make([]models.IndexParameter, len(ps))
	for i, p := range ps {
		out[i] = models.IndexParameter{Name: p.Name, Value: p.Value}
	}
	return out
}

type exclusion struct {
	Name              string             `json:"name"`
	Method            string             `json:"method"`
	Elements          []exclusionElement `json:"elements"`
	Include           []string           `json:"include,omitempty"`
	Where             string             `json:"where,omitempty"`
	StorageParameters []param            `json:"storage_parameters,omitempty"`
	Deferrable        bool               `json:"deferrable,omitempty"`
	InitiallyDeferred bool               `json:"initially_deferred,omitempty"`
	Comment           string             `json:"comment,omitempty"`
}

type exclusionElement struct {
	Column     string `json:"column,omitempty"`
	Expr       string `json:"expr,omitempty"`
	Desc       bool   `json:"desc,omitempty"`
	NullsFirst bool   `json:"nulls_first,omitempty"`
	OpClass    string `json:"opclass,omitempty"`
	Collation  string `json:"collation,omitempty"`
	Op         string `json:"op"`
}

func fromExclusion(x *models.Exclusion) *exclusion {
	out := &exclusion{Name: x.Name, Method: x.Method, Include: x.Include, Where: x.Where, StorageParameters: fromParams(x.StorageParameters),
		Deferrable: x.Deferrable, InitiallyDeferred: x.InitiallyDeferred, Comment: x.Comment}
	if x.Elements != nil {
		out.Elements = make([]exclusionElement, len(x.Elements))
		for i, e := range x.Elements {
			out.Elements[i] = exclusionElement{Column: e.Column, Expr: e.Expr, Desc: e.Desc, NullsFirst: e.NullsFirst, OpClass: e.OpClass, Collation: e.Collation, Op: e.Op}
		}
	}
	return out
}

func (x *exclusion) model() *models.Exclusion {
	out := &models.Exclusion{Name: x.Name, Method: x.Method, Include: x.Include, Where: x.Where, StorageParameters: paramsModel(x.StorageParameters),
		Timing: models.Timing{Deferrable: x.Deferrable, InitiallyDeferred: x.InitiallyDeferred}, Comment: x.Comment}
	if x.Elements != nil {
		out.Elements = make([]models.ExclusionElement, len(x.Elements))
		for i, e := range x.Elements {
			out.Elements[i] = models.ExclusionElement{Op: e.Op, IndexPart: models.IndexPart{
				Column: e.Column, Expr: e.Expr, Desc: e.Desc, NullsFirst: e.NullsFirst, OpClass: e.OpClass, Collation: e.Collation}}
		}
	}
	return out
}
