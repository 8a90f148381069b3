package migrations

import (
	"errors"
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/sqllex"
)

// Statement is one SQL statement of a new migration.
type Statement struct {
	SQL string
	// NoTransaction marks a statement that cannot run in a transaction
	// (CREATE INDEX CONCURRENTLY); it goes into a file of its own kind.
	NoTransaction bool
}

// NewMigration is what `plan --write` hands to Write.
type NewMigration struct {
	Name string // lower-case letters, digits, underscores
	// Header is put at the top of every file written, as SQL comments
	// (sqllex.LineComments: every line, however it breaks, is a comment).
	Header     string
	Statements []Statement
	// State is the managed schema once the new files have run; it replaces
	// the state file.
	State *models.Realm
}

// ErrNoStatements is returned by Write for a migration without statements.
var ErrNoStatements = errors.New("a new migration needs at least one statement")

// InvalidNameError is a migration name Write refuses.
type InvalidNameError struct {
	Name string
}

func (e *InvalidNameError) Error() string {
	return fmt.Sprintf("migration name %q: use lower-case letters, digits and underscores only", e.Name)
}

// Write adds m to d after checking the directory: consecutive transactional
// statements go into one file, consecutive no-transaction statements into a
// file that starts with NoTransactionDirective, numbered in sequence after
// the last file ("0004_name.sql", then "0005_name_2.sql", ...). The sum and
// state files are rewritten. It returns the files written.
func Write(d Dir, m NewMigration) ([]File, error) {
	if !ValidName(m.Name) {
		return nil, &InvalidNameError{Name: m.Name}
	}
	var groups [][]Statement
	for _, s := range m.Statements {
		if strings.TrimSpace(trimSemicolon(s.SQL)) == "" {
			continue
		}
		if n := len(groups); n > 0 && groups[n-1][0].NoTransaction == s.NoTransaction {
			groups[n-1] = append(groups[n-1], s)
			continue
		}
		groups = append(groups, []Statement{s})
	}
	if len(groups) == 0 {
		return nil, ErrNoStatements
	}
	existing, err := ReadFiles(d)
	if err != nil {
		return nil, fmt.Errorf("checking the migrations directory: %w", err)
	}
	if err := VerifySum(d, existing); err != nil {
		return nil, fmt.Errorf("checking the migrations directory: %w", err)
	}
	next := len(existing) + 1
	var written []File
	for i, g := range groups {
		name := m.Name
		if i > 0 {
			name = fmt.Sprintf("%s_%d", m.Name, i+1)
		}
		content := []byte(renderFile(m.Header, g))
		f := File{
			Version:       next + i,
			Name:          name,
			FileName:      FileName(next+i, name),
			Content:       content,
			NoTransaction: g[0].NoTransaction,
			Checksum:      Checksum(content),
		}
		written = append(written, f)
	}
	// The migration files first, then the sum, then the state: if writing
	// stops half way, the sum does not list the new files and the next
	// command reports them as unexpected instead of running them.
	for _, f := range written {
		if err := d.WriteFile(f.FileName, f.Content); err != nil {
			return nil, err
		}
	}
	if err := d.WriteFile(SumFileName, EncodeSum(append(existing, written...))); err != nil {
		return nil, err
	}
	if err := WriteState(d, m.State); err != nil {
		return nil, err
	}
	return written, nil
}

func renderFile(header string, stmts []Statement) string {
	var b strings.Builder
	if stmts[0].NoTransaction {
		b.WriteString(NoTransactionDirective + "\n")
	}
	if h := strings.TrimSpace(header); h != "" {
		b.WriteString(sqllex.LineComments(h))
		b.WriteString("\n")
	}
	for i, s := range stmts {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(strings.TrimSpace(trimSemicolon(s.SQL)) + ";\n")
	}
	return b.String()
}

// trimSemicolon drops the statement terminator, if any, so Write can put
// exactly one back.
func trimSemicolon(sql string) string {
	return strings.TrimSuffix(strings.TrimSpace(sql), ";")
}
