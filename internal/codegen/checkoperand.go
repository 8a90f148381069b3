package codegen

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// operand is a translated value: a column, a function of a column, or a
// literal.
type operand struct {
	code  string // Go expression of the value, valid when guard holds
	kind  kind
	guard string // Go condition: the value is known and not NULL ("" when always)
	// For a column: known is the condition that its value is known,
	// notNull that it is not NULL and isNil that it is ("" when never).
	known, notNull, isNil string
	field                 *fieldData
	lit                   *litNode
	isNull                bool // the literal NULL
}

// operand translates a value.
func (tr *translator) operand(n node) (operand, error) {
	switch x := n.(type) {
	case colRef:
		return tr.column(x.name)
	case litNode:
		if x.kind == litNull {
			return operand{isNull: true}, nil
		}
		l := x
		return operand{lit: &l}, nil
	case unaryNode:
		if x.op == "-" {
			return tr.negative(x.x)
		}
	case castNode:
		o, err := tr.operand(x.x)
		if err != nil {
			return operand{}, err
		}
		return castOperand(o, x.typ)
	case funcNode:
		return tr.call(x)
	}
	return operand{}, fmt.Errorf("operand %T is not translated", n)
}

// column is the field of a column, guarded by its being known and
// non-NULL.
func (tr *translator) column(name string) (operand, error) {
	f := tr.env.fields[name]
	if f == nil {
		return operand{}, fmt.Errorf("unknown column %q", name)
	}
	tr.used[f.Column] = true
	g := f.Go
	value, known := tr.env.access(f)
	o := operand{kind: g.Kind, field: f, code: value, known: known}
	if g.Array {
		o.kind = kindOther
	}
	if g.Pointer {
		o.code = "*" + value
	}
	if g.Nilable {
		o.notNull, o.isNil = value+" != nil", value+" == nil"
	}
	o.guard = and(known, o.notNull)
	if g.Named {
		o.code = "string(" + o.code + ")"
	}
	if o.kind == kindBPChar {
		o.code = "bpcharValue(" + o.code + ")"
	}
	return o, nil
}

// negative is -x for a number literal x; minus of anything else is
// arithmetic, which is not translated.
func (tr *translator) negative(x node) (operand, error) {
	o, err := tr.operand(x)
	if err != nil {
		return operand{}, err
	}
	if o.lit == nil || o.lit.kind != litNumber || strings.HasPrefix(o.lit.text, "-") {
		return operand{}, fmt.Errorf("unary minus on a non-number")
	}
	l := litNode{litNumber, "-" + o.lit.text}
	return operand{lit: &l}, nil
}

// call translates the length functions of a column: char_length (and its
// spellings) of a string, octet_length of a string or bytea.
func (tr *translator) call(x funcNode) (operand, error) {
	switch x.name {
	case "char_length", "character_length", "length":
		o, err := tr.onlyArgument(x)
		if err != nil {
			return operand{}, err
		}
		if o.field == nil || (o.kind != kindString && o.kind != kindBPChar) {
			return operand{}, fmt.Errorf("%s of a non-string", x.name)
		}
		return operand{code: "charLength(" + o.code + ")", kind: kindInt, guard: o.guard, field: o.field}, nil
	case "octet_length":
		o, err := tr.onlyArgument(x)
		if err != nil {
			return operand{}, err
		}
		if o.field == nil {
			return operand{}, fmt.Errorf("octet_length of a non-column")
		}
		if o.kind != kindString && o.kind != kindBytes {
			return operand{}, fmt.Errorf("octet_length of %s", o.field.Go.Base)
		}
		return operand{code: "len(" + o.code + ")", kind: kindInt, guard: o.guard, field: o.field}, nil
	}
	return operand{}, fmt.Errorf("function %s is not translated", x.name)
}

// onlyArgument translates the argument of a one-argument call.
func (tr *translator) onlyArgument(x funcNode) (operand, error) {
	if len(x.args) != 1 {
		return operand{}, fmt.Errorf("%s with %d arguments", x.name, len(x.args))
	}
	return tr.operand(x.args[0])
}

// castOperand strips a cast that does not change what Validate compares:
// a literal cast to a type, a column cast to text or to its own type.
func castOperand(o operand, typ string) (operand, error) {
	if o.lit != nil {
		l, err := castLiteral(*o.lit, typ)
		if err != nil {
			return operand{}, err
		}
		return operand{lit: &l}, nil
	}
	if o.field == nil {
		return operand{}, fmt.Errorf("cast of an expression to %s is not translated", typ)
	}
	return castColumn(o, typ)
}

// castLiteral is literal l read as type typ: a number or boolean from its
// string spelling, a string as written (char(n) without trailing
// spaces), an enum label as itself.
func castLiteral(l litNode, typ string) (litNode, error) {
	canon, known := models.CanonicalTypeName(strings.TrimSuffix(typ, "[]"))
	switch {
	case known && (canon == "smallint" || canon == "integer" || canon == "bigint" || canon == "numeric" || canon == "real" || canon == "double precision"):
		if l.kind == litString {
			if _, err := strconv.ParseFloat(strings.TrimSpace(l.text), 64); err != nil {
				return litNode{}, fmt.Errorf("%q is not a number", l.text)
			}
			l = litNode{litNumber, strings.TrimSpace(l.text)}
		}
	case known && canon == "boolean":
		if l.kind == litString {
			switch strings.ToLower(strings.TrimSpace(l.text)) {
			case "t", "true", "yes", "on", "1":
				l = litNode{litBool, "true"}
			case "f", "false", "no", "off", "0":
				l = litNode{litBool, "false"}
			default:
				return litNode{}, fmt.Errorf("%q is not a boolean", l.text)
			}
		}
	case known && (canon == "text" || canon == "character varying" || canon == "character"):
		if l.kind != litString {
			return litNode{}, fmt.Errorf("cast of %s to %s", l.text, typ)
		}
		if canon == "character" {
			l.text = strings.TrimRight(l.text, " ")
		}
	case !known && l.kind == litString:
		// A cast to an enum (or other user type): the label itself.
	default:
		return litNode{}, fmt.Errorf("cast of a literal to %s is not translated", typ)
	}
	return l, nil
}

// castColumn strips the cast of a column to text (from a string or an
// enum) or to its own type.
func castColumn(o operand, typ string) (operand, error) {
	base := strings.TrimSuffix(typ, "[]")
	canon, known := models.CanonicalTypeName(base)
	switch {
	case known && (canon == "text" || canon == "character varying") && (o.kind == kindString || o.kind == kindBPChar):
		return o, nil
	case known && canon == "text" && o.kind == kindEnum:
		o.code = "string(" + o.code + ")"
		o.kind = kindString
		return o, nil
	case known && canon == o.field.SQLTypeName:
		return o, nil
	case !known && o.field.Go.Kind == kindEnum && base == o.field.EnumName:
		return o, nil
	}
	return operand{}, fmt.Errorf("cast of column %s to %s is not translated", o.field.Column, typ)
}

// recv makes an operand usable as a method receiver: a dereference
// needs parentheses.
func recv(code string) string {
	if strings.HasPrefix(code, "*") {
		return "(" + code + ")"
	}
	return code
}
