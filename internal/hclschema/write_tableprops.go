package hclschema

import (
	"math/big"

	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/schemactl/schemactl/internal/models"
)

// writeTableProperties writes unlogged, storage_parameters and
// replica_identity after a table's comment.
func writeTableProperties(b *body, t *models.Table) {
	if t.Unlogged {
		b.SetAttributeValue("unlogged", cty.True)
	}
	if len(t.StorageParameters) > 0 {
		b.setAttributeObject("storage_parameters", storageParameterTokens(t.StorageParameters))
	}
	switch t.ReplicaIdentity {
	case models.ReplicaIdentityFull, models.ReplicaIdentityNothing:
		b.SetAttributeRaw("replica_identity", keywordTokens(t.ReplicaIdentity))
	case models.ReplicaIdentityIndex:
		b.SetAttributeRaw("replica_identity", refTokens([]string{"index", t.ReplicaIdentityIndex}))
	}
}

// storageParameterTokens writes the parameters as an object, each value
// as the literal the loader turns back into exactly its text: true and
// false, a number whose text is the value's, a string otherwise.
func storageParameterTokens(params []models.StorageParameter) []objectEntry {
	attrs := make([]objectEntry, len(params))
	for i, p := range params {
		name := p.Name
		if !hclsyntax.ValidIdentifier(p.Name) {
			name = string(appendValue(nil, cty.StringVal(p.Name)))
		}
		attrs[i] = objectEntry{name: name, value: storageValueTokens(p.Value)}
	}
	return attrs
}

func storageValueTokens(v string) string {
	switch v {
	case "true":
		return string(appendValue(nil, cty.True))
	case "false":
		return string(appendValue(nil, cty.False))
	}
	if f, ok := new(big.Float).SetString(v); ok && numberText(f) == v {
		return string(appendValue(nil, cty.NumberVal(f)))
	}
	return string(appendValue(nil, cty.StringVal(v)))
}

// writePartitionOf writes a partition's partition_of and bound, and a
// partitioned table's partition block (after its columns).
func (w *writer) writePartitionOf(b *body, t *models.Table) {
	p := t.PartitionOf
	if p == nil {
		return
	}
	b.SetAttributeRaw("partition_of", refTokens(w.tableTraversal(p.Schema, p.Table)))
	if p.IsDefault() {
		b.SetAttributeValue("default", cty.True)
	} else {
		b.SetAttributeValue("for_values", cty.StringVal(p.Bound))
	}
}

func writePartitionKey(b *body, t *models.Table) {
	if t.Partition == nil {
		return
	}
	b.AppendNewline()
	pb := b.AppendNewBlock("partition", nil).Body()
	pb.SetAttributeRaw("type", keywordTokens(t.Partition.Type))
	pb.SetAttributeRaw("columns", columnList(t.Partition.Columns))
}
