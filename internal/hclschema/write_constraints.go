package hclschema

import (
	"strings"

	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/schemactl/schemactl/internal/models"
)

// The writers of constraints and of what they share with indexes.

func writePrimaryKey(b *body, pk *models.PrimaryKey) {
	b.SetAttributeRaw("columns", columnList(pk.Columns))
	if len(pk.Include) > 0 {
		b.SetAttributeRaw("include", columnList(pk.Include))
	}
	writeTiming(b, pk.Timing)
	writeComment(b, pk.Comment)
}

func writeUnique(b *body, u *models.Unique) {
	b.SetAttributeRaw("columns", columnList(u.Columns))
	if len(u.Include) > 0 {
		b.SetAttributeRaw("include", columnList(u.Include))
	}
	if u.NullsNotDistinct {
		b.SetAttributeValue("nulls_distinct", cty.False)
	}
	writeTiming(b, u.Timing)
	writeComment(b, u.Comment)
}

func writeCheck(b *body, c *models.Check) {
	b.SetAttributeValue("expr", cty.StringVal(c.Expr))
	if c.NoInherit {
		b.SetAttributeValue("no_inherit", cty.True)
	}
	writeComment(b, c.Comment)
}

// writeExclusion writes an exclude block; its type is written only when
// it is not GIST, the default.
func writeExclusion(b *body, x *models.Exclusion) {
	if x.Method != "" && x.Method != models.IndexGiST {
		b.SetAttributeRaw("type", keywordTokens(strings.ToUpper(x.Method)))
	}
	if len(x.Include) > 0 {
		b.SetAttributeRaw("include", columnList(x.Include))
	}
	if x.Where != "" {
		b.SetAttributeValue("where", cty.StringVal(x.Where))
	}
	writeStorageParameters(b, x.StorageParameters)
	writeTiming(b, x.Timing)
	writeComment(b, x.Comment)
	for _, e := range x.Elements {
		on := b.AppendNewBlock("on", nil).Body()
		writeIndexPart(on, e.IndexPart)
		on.SetAttributeValue("op", cty.StringVal(e.Op))
	}
}

func writeTiming(b *body, tm models.Timing) {
	if tm.Deferrable {
		b.SetAttributeValue("deferrable", cty.True)
		if tm.InitiallyDeferred {
			b.SetAttributeValue("initially_deferred", cty.True)
		}
	}
}

func writeComment(b *body, comment string) {
	if comment != "" {
		b.SetAttributeValue("comment", cty.StringVal(comment))
	}
}

// writeStorageParameters writes storage_parameters as an object, each
// value as the literal the loader turns back into exactly its text: true
// and false, a number whose text is the value's, a string otherwise.
func writeStorageParameters(b *body, params []models.IndexParameter) {
	if len(params) == 0 {
		return
	}
	attrs := make([]objectEntry, len(params))
	for i, p := range params {
		name := p.Name
		if !hclsyntax.ValidIdentifier(p.Name) {
			name = string(appendValue(nil, cty.StringVal(p.Name)))
		}
		attrs[i] = objectEntry{name: name, value: storageValueTokens(p.Value)}
	}
	b.setAttributeObject("storage_parameters", attrs)
}
