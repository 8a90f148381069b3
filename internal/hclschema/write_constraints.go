package hclschema

import (
	"math/big"
	"strings"

	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/zclconf/go-cty/cty"

	"github.com/schemactl/schemactl/internal/models"
)

// The writers of constraints and of what they share with indexes.

func writePrimaryKey(b *hclwrite.Body, pk *models.PrimaryKey) {
	b.SetAttributeRaw("columns", columnList(pk.Columns))
	if len(pk.Include) > 0 {
		b.SetAttributeRaw("include", columnList(pk.Include))
	}
	writeTiming(b, pk.Timing)
	writeComment(b, pk.Comment)
}

func writeUnique(b *hclwrite.Body, u *models.Unique) {
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

func writeCheck(b *hclwrite.Body, c *models.Check) {
	b.SetAttributeValue("expr", cty.StringVal(c.Expr))
	if c.NoInherit {
		b.SetAttributeValue("no_inherit", cty.True)
	}
	writeComment(b, c.Comment)
}

// writeExclusion writes an exclude block; its type is written only when
// it is not GIST, the default.
func writeExclusion(b *hclwrite.Body, x *models.Exclusion) {
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

func writeTiming(b *hclwrite.Body, tm models.Timing) {
	if tm.Deferrable {
		b.SetAttributeValue("deferrable", cty.True)
		if tm.InitiallyDeferred {
			b.SetAttributeValue("initially_deferred", cty.True)
		}
	}
}

func writeComment(b *hclwrite.Body, comment string) {
	if comment != "" {
		b.SetAttributeValue("comment", cty.StringVal(comment))
	}
}

// writeStorageParameters writes storage_parameters as an object, each
// value as the literal the loader turns back into exactly its text: true
// and false, a number whose text is the value's, a string otherwise.
func writeStorageParameters(b *hclwrite.Body, params []models.IndexParameter) {
	if len(params) == 0 {
		return
	}
	attrs := make([]hclwrite.ObjectAttrTokens, len(params))
	for i, p := range params {
		name := hclwrite.TokensForIdentifier(p.Name)
		if !hclsyntax.ValidIdentifier(p.Name) {
			name = hclwrite.TokensForValue(cty.StringVal(p.Name))
		}
		attrs[i] = hclwrite.ObjectAttrTokens{Name: name, Value: parameterValueTokens(p.Value)}
	}
	b.SetAttributeRaw("storage_parameters", hclwrite.TokensForObject(attrs))
}

func parameterValueTokens(v string) hclwrite.Tokens {
	switch v {
	case "true":
		return hclwrite.TokensForValue(cty.True)
	case "false":
		return hclwrite.TokensForValue(cty.False)
	}
	if f, ok := new(big.Float).SetString(v); ok && numberText(f) == v {
		return hclwrite.TokensForValue(cty.NumberVal(f))
	}
	return hclwrite.TokensForValue(cty.StringVal(v))
}
