package statefile

import "github.com/schemactl/schemactl/internal/models"

// extension is an extension of the realm (document.Extensions).
type extension struct {
	Name    string `json:"name"`
	Schema  string `json:"schema"`
	Version string `json:"version,omitempty"`
}

func fromExtension(e *models.Extension) *extension {
	return &extension{Name: e.Name, Schema: e.Schema, Version: e.Version}
}

func (e *extension) model() *models.Extension {
	return &models.Extension{Name: e.Name, Schema: e.Schema, Version: e.Version}
}

// grant is a table's grant (table.Grants).
type grant struct {
	Role            string   `json:"role"`
	Privileges      []string `json:"privileges"`
	Columns         []string `json:"columns,omitempty"`
	WithGrantOption bool     `json:"with_grant_option,omitempty"`
}

func fromGrant(g *models.Grant) *grant {
	return &grant{Role: g.Role, Privileges: g.Privileges, Columns: g.Columns, WithGrantOption: g.WithGrantOption}
}

func (g *grant) model() *models.Grant {
	return &models.Grant{Role: g.Role, Privileges: g.Privileges, Columns: g.Columns, WithGrantOption: g.WithGrantOption}
}
