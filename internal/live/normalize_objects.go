package live

import (
	"fmt"

	"github.com/schemactl/schemactl/internal/models"
)

// The objects the rendering transaction creates before any table: they
// have no expression of their own to render, but tables and expressions
// need them to exist.

// prepareExtensions creates the new extensions (their schemas exist by
// then), so that domains and columns may have their types and
// expressions call their functions.
func (n *normalizer) prepareExtensions(desired *models.Realm) {
	for _, e := range desired.Extensions {
		if n.current.Extension(e.Name) == nil {
			n.add(fmt.Sprintf("CREATE EXTENSION IF NOT EXISTS %s WITH SCHEMA %s", models.QuoteIdent(e.Name), models.QuoteIdent(e.Schema)), "extension "+e.Name)
		}
	}
}

// prepareSequences creates the new sequences, so that defaults may call
// nextval on them.
func (n *normalizer) prepareSequences(desired *models.Realm) {
	for _, s := range desired.Schemas {
		for _, q := range s.Sequences {
			if n.current.Sequence(q.Schema, q.Name) == nil {
				n.add(fmt.Sprintf("CREATE SEQUENCE %s", q.QualifiedName()), "sequence "+displayName(q.Schema, q.Name))
			}
		}
	}
}
