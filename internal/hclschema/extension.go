package hclschema

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/schemactl/schemactl/internal/models"
)

// extensionSpec is Atlas's extension block: schema is a reference to a
// declared schema (schema.extensions) or, for a schema the project does
// not manage (Supabase's extensions), its name as a string.
var extensionSpec = bodySpec{
	what:  "an extension block",
	attrs: []attrSpec{{name: "schema"}, {name: "version"}, {name: "comment"}},
	hints: map[string]string{
		"cascade": "schemactl creates an extension's required extensions only when they are declared too.",
	},
}

// decodeExtension reads an extension block: a CREATE EXTENSION the plan
// runs after its schema and before the tables, so that columns may use
// its types and defaults call its functions.
func (l *loader) decodeExtension(b *hclsyntax.Block, seen map[string]hcl.Range) {
	name := b.Labels[0]
	if !l.identifier(name, b.LabelRanges[0], "an extension") {
		return
	}
	c, diags := bodyContent(b.Body, extensionSpec, blockHeader(b))
	l.add(diags...)
	e := &models.Extension{Name: name, Schema: models.DefaultExtensionSchema}
	if a := c.attr("schema"); a != nil {
		if _, isRef := a.Expr.(*hclsyntax.ScopeTraversalExpr); isRef {
			s, ok := l.schemaRef(a)
			if !ok {
				return
			}
			e.Schema = s.Name
		} else {
			v, ok, d := stringValue(a.Expr, "schema")
			l.add(d...)
			if !ok || !l.identifier(v, a.Expr.Range(), "an extension's schema") {
				return
			}
			e.Schema = v
		}
	}
	if a := c.attr("version"); a != nil {
		v, ok, d := stringValue(a.Expr, "version")
		l.add(d...)
		if ok && v == "" {
			l.add(errorf(a.Expr.Range(), "Invalid version", "The version of extension %q must not be empty: leave version out for the server's default version.", name))
		}
		if ok && !l.identifier(v, a.Expr.Range(), "an extension's version") {
			return
		}
		e.Version = v
	}
	if a := c.attr("comment"); a != nil {
		// Atlas writes the extension's own comment; the extension sets it
		// itself, so it is read and not compared.
		_, _, d := stringValue(a.Expr, "comment")
		l.add(d...)
	}
	if prev, dup := seen[name]; dup {
		l.add(errorf(b.LabelRanges[0], "Duplicate extension", "An extension named %q is already declared, at %s.", name, rangeText(prev)))
		return
	}
	seen[name] = b.LabelRanges[0]
	l.realm.Extensions = append(l.realm.Extensions, e)
}
