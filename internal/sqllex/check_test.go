package sqllex

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/schemactl/schemactl/internal/testdb"
)

// hostilePayloads are texts a schema file might carry to end or extend the
// statement an expression is put into (issue 9), each with the byte
// offset CheckExpression must point at.
var hostilePayloads = []struct {
	text   string
	offset int
}{
	{"true); COMMIT; DROP TABLE victim; --", 4},
	{"text_pattern_ops); COMMIT; DROP TABLE victim; --", 16},
	{"true)) ; DROP TABLE victim; SELECT ((1", 4},
	{"true -- a comment", 5},
	{"a > 0)", 5},
	{"1, 2", 1},
	{"true\x00", 4},
	{"1; DROP TABLE victim", 1},
	{"x /* hidden */ > 0", 2},
	{"(x > 0", 0},
	{"f(x]", 3},
	{"x > 0 \x1b[8m", 6},
	{"'a'\n' b' = x", 0},
	{"x = 'unterminated", 4},
	{"x = $$unterminated", 4},
	{"   ", 0},
	{"", 0},
}

func TestCheckExpressionRefuses(t *testing.T) {
	for _, c := range hostilePayloads {
		err := CheckExpression(c.text)
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("CheckExpression(%q) = %v, want an *Error", c.text, err)
			continue
		}
		if e.Offset != c.offset {
			t.Errorf("CheckExpression(%q): %v; want byte %d", c.text, err, c.offset)
		}
	}
}

// acceptedExpressions are single expressions, some of them holding the
// characters of the payloads inside literals and quoted identifiers.
var acceptedExpressions = []string{
	"true",
	"status IN ('active', 'acknowledged', 'resolved')",
	"lower(email)",
	"(a > 0) AND (b[1] < 2)",
	"coalesce(x, 0) >= 0",
	"now()",
	"'active'::text",
	"E'it\\'s); DROP TABLE victim; --'",
	"'x''); DROP TABLE victim; --'",
	`"we;ird); DROP TABLE victim; --" IS NOT NULL`,
	"$$); COMMIT; DROP TABLE victim; --$$ <> ''",
	"$t$ $$ ); $t$ IS NOT NULL",
	"U&'\\0029; DROP TABLE victim' IS NOT NULL",
	"ARRAY[1, 2] @> ARRAY[x]",
	"x::numeric(5, 2) > 1.5e3",
	"jsonb_path_exists(doc, '$.a ? (@ > 1)')",
}

func TestCheckExpressionAccepts(t *testing.T) {
	for _, text := range acceptedExpressions {
		if err := CheckExpression(text); err != nil {
			t.Errorf("CheckExpression(%q): %v", text, err)
		}
	}
}

// The point of the check, against a real server under every pgx exec
// mode: an accepted expression put inside parentheses is one statement
// that ends where we say, and no refused payload is ever sent. A victim
// table must survive everything.
func TestCheckedExpressionsStayOneStatement(t *testing.T) {
	url := testdb.New(t)
	testdb.Exec(t, url, "CREATE TABLE victim (id int); INSERT INTO victim VALUES (1)")
	testdb.EachExecMode(t, url, func(t *testing.T, url string) {
		conn := testdb.Connect(t, url)
		ctx := context.Background()
		texts := append([]string{}, acceptedExpressions...)
		for _, p := range hostilePayloads {
			texts = append(texts, p.text)
		}
		for _, text := range texts {
			if CheckExpression(text) != nil {
				continue
			}
			// The columns named exist in no table: errors about them are
			// fine; a syntax error would mean the server read the text
			// differently from the lexer.
			_, err := conn.Exec(ctx, "SELECT ("+text+") IS NULL, 'one statement'")
			var pgErr *pgconn.PgError
			if errors.As(err, &pgErr) && pgErr.Code == "42601" {
				t.Errorf("%q: the server reads it otherwise: %v", text, err)
			}
		}
		var n int
		if err := conn.QueryRow(ctx, "SELECT count(*) FROM victim").Scan(&n); err != nil || n != 1 {
			t.Fatalf("victim: %d rows, %v", n, err)
		}
	})
}

func TestCheckName(t *testing.T) {
	for _, ok := range []string{
		"text_pattern_ops", "public.my_ops", `"My Ops"`, `"s"."o"`, `U&"\0061_ops"`,
		"tsvector_ops(siglen=8)", "gist_trgm_ops(siglen = 32)", "x(a = 1, b = 'c')", " text_ops ",
	} {
		if err := CheckName(ok); err != nil {
			t.Errorf("CheckName(%q): %v", ok, err)
		}
	}
	bad := map[string]int{
		"text_pattern_ops); COMMIT; DROP TABLE victim; --": 16,
		"text_ops DESC":       9,
		"a.":                  2,
		".a":                  0,
		"a..b":                1,
		"x()":                 1,
		"x(a)(b)":             4,
		"x(a))":               4,
		"x(a; b)":             3,
		"'ops'":               0,
		"ops -- c":            4,
		"ops\x00":             3,
		"":                    0,
		`U&"x" UESCAPE '!'`:   6,
		"tsvector_ops(siglen": 12,
	}
	for text, offset := range bad {
		var e *Error
		if err := CheckName(text); !errors.As(err, &e) || e.Offset != offset {
			t.Errorf("CheckName(%q) = %v, want an error at byte %d", text, err, offset)
		}
	}
}

func TestCheckType(t *testing.T) {
	for _, ok := range []string{
		"text[]", "int[3][]", "integer ARRAY", "integer ARRAY[4]", "timestamp(3) with time zone",
		"double precision", "character varying(20)[]", "bit varying(5)", "interval day to second(3)",
		"numeric(12, 2)", "numeric(5,-2)", `"app"."priority"[]`, "billing.plan[]", "public.geometry(Point, 4326)",
		"national character varying(3)", `"char"`, "vector(3)", "x('a')",
	} {
		if err := CheckType(ok); err != nil {
			t.Errorf("CheckType(%q): %v", ok, err)
		}
	}
	bad := map[string]int{
		"true); COMMIT; DROP TABLE victim; --": 4,
		"text NOT NULL":                        5,
		"text CHECK (false)":                   5,
		"int DEFAULT 1":                        4,
		"text COLLATE \"C\"":                   5,
		"text REFERENCES victim":               5,
		"numeric(1)(2)":                        10,
		"numeric((1))":                         8,
		"numeric(1":                            7,
		"numeric()":                            8,
		"numeric(a b)":                         10,
		"text[] with":                          7,
		"text[1":                               4,
		"text[x]":                              5,
		"text ARRAY ARRAY":                     11,
		"text ARRAY[1] x":                      14,
		"text, int":                            4,
		"text -- c":                            5,
		"1":                                    0,
		"":                                     0,
	}
	for text, offset := range bad {
		var e *Error
		if err := CheckType(text); !errors.As(err, &e) || e.Offset != offset {
			t.Errorf("CheckType(%q) = %v, want an error at byte %d", text, err, offset)
		}
	}
}

func TestCheckErrorsSayWhat(t *testing.T) {
	cases := map[string]string{
		"1; x":     `byte 1: ";", which would end the statement`,
		"a) b":     `byte 1: ")" without a matching opening bracket`,
		"(a":       `byte 0: "(" that is never closed`,
		"f(a]":     `byte 3: "]" where the "(" at byte 1 is still open`,
		"1, 2":     `byte 1: "," outside parentheses: two expressions where one is expected`,
		"a -- b":   "byte 2: a comment, which would hide text from the reviewer",
		"a \x00":   "byte 2: a NUL byte",
		"a {":      `byte 2: the character "{", which is not SQL`,
		"'a":       "byte 0: unterminated quoted string",
		" \t":      "byte 0: no expression, only white space",
		"'a'\n'b'": "byte 0: a string literal continued on another line",
	}
	for text, want := range cases {
		if err := CheckExpression(text); err == nil || err.Error() != want {
			t.Errorf("CheckExpression(%q) = %v, want %s", text, err, want)
		}
	}
	if err := CheckType("text NOT NULL"); err == nil || !strings.Contains(err.Error(), `the identifier "NOT", which is not part of a type`) {
		t.Errorf("CheckType: %v", err)
	}
}
