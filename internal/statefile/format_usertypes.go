package statefile

import "github.com/schemactl/schemactl/internal/models"

// domain is a domain; its checks are written as a table's.
type domain struct {
	Schema   string     `json:"schema"`
	Name     string     `json:"name"`
	Type     columnType `json:"type"`
	Nullable bool       `json:"nullable,omitempty"`
	Default  string     `json:"default,omitempty"`
	Checks   []*check   `json:"checks,omitempty"`
	Comment  string     `json:"comment,omitempty"`
	// Collation is written last: it came after the domain's other keys.
	Collation string `json:"collation,omitempty"`
}

func fromDomain(d *models.Domain) *domain {
	return &domain{Schema: d.Schema, Name: d.Name, Type: fromType(d.Type), Nullable: d.Nullable, Default: d.Default,
		Checks: convertEach(d.Checks, fromCheck), Comment: d.Comment, Collation: d.Collation}
}

func (d *domain) model() *models.Domain {
	return &models.Domain{Schema: d.Schema, Name: d.Name, Type: d.Type.model(), Nullable: d.Nullable, Default: d.Default,
		Checks: convertEach(d.Checks, (*check).model), Comment: d.Comment, Collation: d.Collation}
}

// composite is a composite type with its fields in order.
type composite struct {
	Schema  string  `json:"schema"`
	Name    string  `json:"name"`
	Fields  []field `json:"fields"`
	Comment string  `json:"comment,omitempty"`
}

type field struct {
	Name      string     `json:"name"`
	Type      columnType `json:"type"`
	Collation string     `json:"collation,omitempty"`
}

func fromComposite(c *models.Composite) *composite {
	out := &composite{Schema: c.Schema, Name: c.Name, Comment: c.Comment}
	for _, f := range c.Fields {
		out.Fields = append(out.Fields, field{Name: f.Name, Type: fromType(f.Type), Collation: f.Collation})
	}
	return out
}

func (c *composite) model() *models.Composite {
	out := &models.Composite{Schema: c.Schema, Name: c.Name, Comment: c.Comment}
	for _, f := range c.Fields {
		out.Fields = append(out.Fields, &models.CompositeField{Name: f.Name, Type: f.Type.model(), Collation: f.Collation})
	}
	return out
}
