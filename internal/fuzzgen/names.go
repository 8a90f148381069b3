package fuzzgen

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/schemactl/schemactl/internal/models"
)

// reservedWords are SQL keywords drawn as names, each at most once per
// realm.
var reservedWords = []string{"select", "user", "order", "group", "table", "from", "check", "default", "primary", "where"}

// names hands out identifiers, unique across the whole realm (so that no
// namespace PostgreSQL keeps, per schema or per table, ever sees a
// clash), with odd ones mixed in.
type names struct {
	used map[string]bool
	next int
}

func newNames() *names { return &names{used: map[string]bool{}} }

// reserve marks the names a realm already holds as taken.
func (n *names) reserve(r *models.Realm) {
	for _, s := range r.Schemas {
		n.used[s.Name] = true
		for _, e := range s.Enums {
			n.used[e.Name] = true
			for _, v := range e.Values {
				n.used[v] = true
			}
		}
		for _, q := range s.Sequences {
			n.used[q.Name] = true
		}
		n.reserveObjects(s)
		for _, t := range s.Tables {
			n.used[t.Name] = true
			for _, c := range t.Columns {
				n.used[c.Name] = true
			}
			if t.PrimaryKey != nil {
				n.used[t.PrimaryKey.Name] = true
			}
			for _, x := range t.Uniques {
				n.used[x.Name] = true
			}
			for _, x := range t.Checks {
				n.used[x.Name] = true
			}
			for _, x := range t.ForeignKeys {
				n.used[x.Name] = true
			}
			for _, x := range t.Indexes {
				n.used[x.Name] = true
			}
			for _, x := range t.Policies {
				n.used[x.Name] = true
			}
		}
	}
	n.next = len(n.used)
}

// name returns a new identifier for an object of kind (a short prefix:
// "t", "c", "ix", ...): plain most of the time, odd a quarter of it.
func (n *names) name(g *gen, kind string) string {
	for {
		n.next++
		base := fmt.Sprintf("%s%d", kind, n.next)
		var s string
		if g.chance(4) {
			s = n.odd(g, base)
		} else {
			s = base
		}
		if s != "" && !n.used[s] && len(s) <= models.MaxIdentifierLength {
			n.used[s] = true
			return s
		}
	}
}

// odd is base made hard to quote: mixed case, a space, a quote, a
// reserved word, unicode, a leading digit, a dot, or exactly 63 bytes.
func (n *names) odd(g *gen, base string) string {
	switch g.intn(9) {
	case 0:
		return "Mixed" + strings.ToUpper(base[:1]) + base[1:]
	case 1:
		return "my " + base
	case 2:
		return `q"` + base + `"`
	case 3:
		return reservedWords[g.intn(len(reservedWords))]
	case 4:
		return "ünï_" + base + "_名前"
	case 5:
		return "1st " + base
	case 6:
		return base + ".dot-dash"
	case 7:
		return `back\slash'` + base
	default:
		return pad63(base + "_")
	}
}

// pad63 lengthens s to exactly 63 bytes with a multi-byte character in
// the middle, so truncation rules are exercised at a rune boundary.
func pad63(s string) string {
	s += "é"
	for len(s) < models.MaxIdentifierLength {
		s += "x"
	}
	for len(s) > models.MaxIdentifierLength || !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s
}

// reserveObjects marks the names of s's domains, composite types, views,
// functions and its tables' triggers as taken.
func (n *names) reserveObjects(s *models.Schema) {
	for _, d := range s.Domains {
		n.used[d.Name] = true
		for _, c := range d.Checks {
			n.used[c.Name] = true
		}
	}
	for _, c := range s.Composites {
		n.used[c.Name] = true
		for _, f := range c.Fields {
			n.used[f.Name] = true
		}
	}
	for _, v := range s.Views {
		n.used[v.Name] = true
	}
	for _, f := range s.Functions {
		n.used[f.Name] = true
	}
	for _, t := range s.Tables {
		for _, tr := range t.Triggers {
			n.used[tr.Name] = true
		}
	}
}
