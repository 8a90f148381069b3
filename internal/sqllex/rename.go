package sqllex

import "strings"

// ReplaceIdentifier returns expr with every identifier token that stands
// for name (as MentionsIdentifier reads them) replaced by replacement,
// everything else kept byte for byte. ok is false, and expr is returned
// as it is, when expr cannot be read. With relationsOnly, only the tokens
// in the places a relation name takes are replaced: before a "." (a
// qualifier) or after FROM or JOIN (a relation, maybe schema-qualified);
// a column of the same name elsewhere is left alone.
//
// It is how a plan follows a rename through the expressions the server
// stores by reference (a CHECK, an index predicate, a policy), which the
// server renders under the new name afterwards. A word it replaces
// wrongly (a function of the same name) only makes the plan rebuild the
// object from its declaration.
func ReplaceIdentifier(expr, name, replacement string, relationsOnly bool) (string, bool) {
	sig, err := ScanSignificant(expr)
	if err != nil {
		return expr, false
	}
	var b strings.Builder
	last := 0
	for i, t := range sig {
		if t.Kind == UnicodeIdent {
			return expr, false // escapes: not worth decoding for a rename
		}
		id, ok := t.Identifier()
		if !ok || id != name {
			continue
		}
		if relationsOnly && !relationPosition(sig, i) {
			continue
		}
		b.WriteString(expr[last:t.Start])
		b.WriteString(replacement)
		last = t.End
	}
	if last == 0 {
		return expr, true
	}
	b.WriteString(expr[last:])
	return b.String(), true
}

// relationPosition reports whether the identifier sig[i] is where a
// relation name goes: a qualifier (before a "."), or after FROM or JOIN,
// maybe schema-qualified (FROM s.name).
func relationPosition(sig []Token, i int) bool {
	if i+1 < len(sig) && sig[i+1].IsPunct(".") {
		return true
	}
	if i >= 3 && sig[i-1].IsPunct(".") && sig[i-2].Kind != Punct {
		i -= 2
	}
	return i >= 1 && (sig[i-1].IsKeyword("FROM") || sig[i-1].IsKeyword("JOIN"))
}

// BareIdentifier reports whether name can be written without quotes and
// read back as itself: a lower-case identifier as PostgreSQL folds it.
// (Reserved words are not told apart: the server quotes them where this
// does not, a difference of spelling only.)
func BareIdentifier(name string) bool {
	if name == "" || !IsIdentStart(name[0]) || FoldIdentifier(name) != name {
		return false
	}
	for i := 0; i < len(name); i++ {
		if !IsIdentChar(name[i]) || name[i] >= 0x80 {
			return false
		}
	}
	return true
}
