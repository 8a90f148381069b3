package migrations

import (
	"errors"
	"fmt"
	"slices"
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
	// Import marks a statement that creates an object an import block
	// takes over (or a schema such an object needs): the run of them goes
	// into an import file (see ImportDirective). They run in a
	// transaction, and come in one run.
	Import bool
	// NewFile starts a new file at this statement even when the one
	// before is of the same kind: the planner cut a transaction that
	// would take more locks than a server's lock table holds
	// (plan.Plan.Transactions). Never set on an import statement.
	NewFile bool
	// Change names, for the header of a file cut that way, the change the
	// statement belongs to ("+ table.public.orders"): such a file lists
	// the changes of its own statements.
	Change string
}

// NewMigration is what `plan --write` hands to Write.
type NewMigration struct {
	Name string // lower-case letters, digits, underscores
	// Header is put at the top of every file written, as SQL comments
	// (sqllex.LineComments: every line, however it breaks, is a comment).
	Header     string
	Statements []Statement
	// Imported holds the declarations of the objects the Import
	// statements create where they do not exist yet: the tables (with
	// their policies) and enums that import blocks take over. The import
	// file carries them, for apply to check where they exist. It is
	// needed exactly when some statement is Import.
	Imported *models.Realm
	// State is the managed schema once the new files have run; it replaces
	// the state file.
	State *models.Realm
	// LockBudget, when statements start new files (Statement.NewFile), is
	// the most locks each file's transaction was estimated to need: the
	// files say so, for review.
	LockBudget int
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

// Write adds m to d after checking the directory: consecutive statements
// of one kind go into one file, numbered in sequence after the last file
// ("0004_name.sql", then "0005_name_2.sql", ...). The kinds are
// transactional statements, no-transaction statements (a file that
// starts with NoTransactionDirective) and import statements (a file that
// starts with ImportDirective and carries m.Imported). The sum and state
// files are rewritten. It returns the files written.
func Write(d Dir, m NewMigration) ([]File, error) {
	if !ValidName(m.Name) {
		return nil, &InvalidNameError{Name: m.Name}
	}
	groups, err := groupStatements(m)
	if err != nil {
		return nil, err
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
		fileName := FileName(next+i, name)
		content, err := renderFile(m, g, splitNote(m, g, i, len(groups)))
		if err != nil {
			return nil, err
		}
		// Read back as ReadFiles will read it, so the files returned are
		// the ones apply gets.
		dirs, err := readDirectives(fileName, content)
		if err != nil {
			return nil, fmt.Errorf("writing %s: %w", fileName, err)
		}
		written = append(written, File{
			Version:       next + i,
			Name:          name,
			FileName:      fileName,
			Content:       content,
			NoTransaction: dirs.noTransaction,
			Import:        dirs.importFile,
			Expect:        dirs.expect,
			Checksum:      Checksum(content),
		})
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

// ImportError is a migration Write cannot turn into an import file.
type ImportError struct {
	Reason string
}

func (e *ImportError) Error() string { return "writing the import file: " + e.Reason }

// groupStatements cuts m's statements into the runs that become files:
// consecutive statements of one kind (transactional, no-transaction,
// import) go together. Import statements must come in one run, run in a
// transaction, and come with m.Imported, which then has at least one
// object: a second run, or declarations without statements, would leave
// an object checked where it exists but created nowhere.
func groupStatements(m NewMigration) ([][]Statement, error) {
	var groups [][]Statement
	importRuns := 0
	for _, s := range m.Statements {
		if strings.TrimSpace(trimSemicolon(s.SQL)) == "" {
			continue
		}
		if s.Import && s.NoTransaction {
			return nil, &ImportError{Reason: fmt.Sprintf("statement %q creates an imported object but cannot run in a transaction", strings.TrimSpace(s.SQL))}
		}
		if n := len(groups); n > 0 && !s.NewFile && groups[n-1][0].NoTransaction == s.NoTransaction && groups[n-1][0].Import == s.Import {
			groups[n-1] = append(groups[n-1], s)
			continue
		}
		if s.Import {
			importRuns++
		}
		groups = append(groups, []Statement{s})
	}
	if len(groups) == 0 {
		return nil, ErrNoStatements
	}
	switch n := countObjects(m.Imported); {
	case importRuns > 1:
		return nil, &ImportError{Reason: "the statements that create imported objects must come in one run, before or after the others"}
	case importRuns == 1 && n == 0:
		return nil, &ImportError{Reason: "there are statements that create imported objects but no declaration of those objects to check them against"}
	case importRuns == 0 && n > 0:
		return nil, &ImportError{Reason: fmt.Sprintf("%d imported object(s) are declared but no statement creates them: a fresh database would never get them", n)}
	}
	return groups, nil
}

// splitNote is the comment that file i (from 0) of n, holding stmts,
// starts with when the planner cut m into transactions by their locks:
// which part it is, why, and the changes of its statements. "" when m
// was not cut.
func splitNote(m NewMigration, stmts []Statement, i, n int) string {
	if !slices.ContainsFunc(m.Statements, func(s Statement) bool { return s.NewFile }) {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "File %d of %d of this migration, each file a transaction of its own: one\n", i+1, n)
	b.WriteString("transaction for all of them would take more locks than a PostgreSQL server\n")
	b.WriteString("with default settings holds (max_locks_per_transaction).")
	if m.LockBudget > 0 {
		fmt.Fprintf(&b, " Each file is estimated\nto take at most %d locks.", m.LockBudget)
	}
	b.WriteString("\n")
	seen := map[string]bool{}
	for _, s := range stmts {
		if s.Change != "" && !seen[s.Change] {
			seen[s.Change] = true
			if len(seen) == 1 {
				b.WriteString("This file:\n")
			}
			b.WriteString("  " + s.Change + "\n")
		}
	}
	return b.String()
}

// renderFile is the text of a file holding stmts, one run of m's
// statements: its directives, m's header as comments, note (when there
// is one) as comments, the statements.
func renderFile(m NewMigration, stmts []Statement, note string) ([]byte, error) {
	var b strings.Builder
	switch {
	case stmts[0].NoTransaction:
		b.WriteString(NoTransactionDirective + "\n")
	case stmts[0].Import:
		b.WriteString(ImportDirective + "\n")
		lines, err := expectationLines(m.Imported)
		if err != nil {
			return nil, err
		}
		b.WriteString(lines)
	}
	if h := strings.TrimSpace(m.Header); h != "" {
		b.WriteString(sqllex.LineComments(h))
		b.WriteString("\n")
	}
	if note != "" {
		b.WriteString(sqllex.LineComments(note))
		b.WriteString("\n")
	}
	for i, s := range stmts {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(strings.TrimSpace(trimSemicolon(s.SQL)) + ";\n")
	}
	return []byte(b.String()), nil
}

// trimSemicolon drops the statement terminator, if any, so Write can put
// exactly one back.
func trimSemicolon(sql string) string {
	return strings.TrimSuffix(strings.TrimSpace(sql), ";")
}
