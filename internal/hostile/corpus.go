package hostile

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Outcome is what schemactl must do with a case of the schema corpus.
type Outcome string

const (
	// Loads: validate accepts it, and plan, apply and status carry it
	// through, quoted in the SQL and escaped in every rendering.
	Loads Outcome = "loads"
	// Refused: validate exits 1 with a diagnostic; nothing reaches a
	// database.
	Refused Outcome = "refused"
	// RejectedLive: validate accepts it, PostgreSQL does not; a live plan
	// exits 1 naming the object, and apply changes nothing.
	RejectedLive Outcome = "rejected-live"
	// RejectedApply: validate and a live plan accept it, PostgreSQL does
	// not; apply of the written file exits 1 and changes nothing. Each is
	// a gap of the live plan, which cannot see it.
	RejectedApply Outcome = "rejected-apply"
	// Costly: a live plan with a short --statement-timeout gives up,
	// exit 1, changing nothing.
	Costly Outcome = "costly"
)

// schemaCase is what a line of names.txt or expressions.txt holds:
// OUTCOME<TAB>PLACE<TAB>"TEXT"[<TAB>EXPECT].
type schemaCase struct {
	Line    int
	Outcome Outcome
	Place   string
	Text    string
	Expect  string
}

// readSchemaCases reads a schema corpus file under testdata/hostile,
// checking each outcome against allowed and each place against places.
func readSchemaCases(file string, allowed []Outcome, places map[string]bool) ([]schemaCase, error) {
	root, err := repoRoot()
	if err != nil {
		return nil, err
	}
	path := filepath.Join(root, "testdata", "hostile", file)
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading the %s corpus: %w", file, err)
	}
	defer f.Close()
	var out []schemaCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c, err := parseSchemaCase(n, line, allowed, places)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return out, nil
}

func parseSchemaCase(n int, line string, allowed []Outcome, places map[string]bool) (schemaCase, error) {
	fields := strings.Split(line, "\t")
	if len(fields) < 3 || len(fields) > 4 {
		return schemaCase{}, fmt.Errorf("want OUTCOME<TAB>PLACE<TAB>\"TEXT\"[<TAB>EXPECT], got %d fields", len(fields))
	}
	c := schemaCase{Line: n, Outcome: Outcome(fields[0]), Place: fields[1]}
	ok := false
	for _, o := range allowed {
		ok = ok || o == c.Outcome
	}
	if !ok {
		return c, fmt.Errorf("outcome %q: want one of %v", fields[0], allowed)
	}
	if !places[c.Place] {
		return c, fmt.Errorf("unknown place %q", c.Place)
	}
	text, err := strconv.Unquote(fields[2])
	if err != nil {
		return c, fmt.Errorf("the text %s is not a Go string literal: %w", fields[2], err)
	}
	c.Text = text
	if len(fields) == 4 {
		c.Expect = fields[3]
	}
	if c.Outcome != Loads && c.Expect == "" {
		return c, fmt.Errorf("a %s case says what the error holds (EXPECT)", c.Outcome)
	}
	return c, nil
}
