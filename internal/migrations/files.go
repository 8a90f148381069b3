package migrations

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// File names of the directory's bookkeeping, and the directives: comment
// lines at the top of a migration file that say how apply runs it.
const (
	SumFileName   = "schemactl.sum"
	StateFileName = "schemactl.state.json"
	// NoTransactionDirective, as a file's first line, marks a file to run
	// statement by statement outside a transaction.
	NoTransactionDirective = "-- schemactl:no-transaction"
	// ImportDirective, as a file's first line, marks an import file: it
	// creates objects that import blocks take over, and runs on two kinds
	// of database. Where none of its objects exist, its statements create
	// them; where all exist, nothing runs and apply checks that they equal
	// the declaration the file carries in ExpectDirective lines.
	ImportDirective = "-- schemactl:import"
	// ExpectDirective, followed by a space and one line of JSON, carries
	// the declaration of one object an import file imports (an enum, or a
	// table with its policies): a state in package statefile's compact
	// layout holding that object alone. The lines follow ImportDirective.
	ExpectDirective = "-- schemactl:expect"
)

// File is one migration of the directory.
type File struct {
	Version  int    // 1 for 0001_init.sql
	Name     string // "init" for 0001_init.sql
	FileName string // "0001_init.sql"
	Content  []byte
	// NoTransaction is set when the first line is NoTransactionDirective:
	// apply runs the file statement by statement outside a transaction.
	NoTransaction bool
	// Import is set when the first line is ImportDirective; Expect is
	// then the declaration of the objects it imports, read from its
	// ExpectDirective lines (nil otherwise).
	Import bool
	Expect *models.Realm
	// Checksum is "h1:" and the base64 SHA-256 of Content; it is what the
	// sum file and the migrations table record.
	Checksum string
}

var (
	fileNamePattern = regexp.MustCompile(`^([0-9]{4})_([a-z0-9_]+)\.sql$`)
	namePattern     = regexp.MustCompile(`^[a-z0-9_]+$`)
)

// BadNameError is an .sql file whose name is not NNNN_name.sql.
type BadNameError struct {
	FileName string
}

func (e *BadNameError) Error() string {
	return fmt.Sprintf("migration file %s: name must be NNNN_name.sql (four digits, then lower-case letters, digits and underscores)", e.FileName)
}

// GapError is a version that does not follow the one before it.
type GapError struct {
	FileName string
	Want     int // the version expected at this place
}

func (e *GapError) Error() string {
	return fmt.Sprintf("migration file %s: expected version %04d here; versions start at 0001 and have no gaps", e.FileName, e.Want)
}

// DuplicateVersionError is two files with one version.
type DuplicateVersionError struct {
	Version   int
	FileNames []string
}

func (e *DuplicateVersionError) Error() string {
	return fmt.Sprintf("migration version %04d is used by more than one file: %s", e.Version, strings.Join(e.FileNames, ", "))
}

// Checksum returns the checksum of a migration's bytes as the sum file and
// the migrations table record it.
func Checksum(content []byte) string {
	h := sha256.Sum256(content)
	return "h1:" + base64.StdEncoding.EncodeToString(h[:])
}

// ParseFileName splits NNNN_name.sql into version and name.
func ParseFileName(fileName string) (version int, name string, ok bool) {
	m := fileNamePattern.FindStringSubmatch(fileName)
	if m == nil {
		return 0, "", false
	}
	v, err := strconv.Atoi(m[1])
	if err != nil {
		return 0, "", false
	}
	return v, m[2], true
}

// FileName builds the file name of a version and name.
func FileName(version int, name string) string {
	return fmt.Sprintf("%04d_%s.sql", version, name)
}

// ValidName reports whether name may be a migration name.
func ValidName(name string) bool { return namePattern.MatchString(name) }

// ReadFiles returns the migrations of d in version order. A directory that
// does not exist has no files. Every .sql file must be named NNNN_name.sql,
// and versions must run 0001, 0002, ... with no gap and no duplicate; a
// directive that cannot be read is a *DirectiveError with file and line.
func ReadFiles(d Dir) ([]File, error) {
	names, err := d.List()
	if err != nil {
		return nil, err
	}
	byVersion := map[int][]string{}
	var files []File
	for _, fn := range names {
		if !strings.HasSuffix(fn, ".sql") {
			continue
		}
		v, name, ok := ParseFileName(fn)
		if !ok || v == 0 {
			return nil, &BadNameError{FileName: fn}
		}
		byVersion[v] = append(byVersion[v], fn)
		content, err := d.ReadFile(fn)
		if err != nil {
			return nil, err
		}
		d, err := readDirectives(fn, content)
		if err != nil {
			return nil, err
		}
		files = append(files, File{
			Version:       v,
			Name:          name,
			FileName:      fn,
			Content:       content,
			NoTransaction: d.noTransaction,
			Import:        d.importFile,
			Expect:        d.expect,
			Checksum:      Checksum(content),
		})
	}
	// List is sorted and versions have four digits, so name order is
	// version order.
	for i, f := range files {
		if dup := byVersion[f.Version]; len(dup) > 1 {
			return nil, &DuplicateVersionError{Version: f.Version, FileNames: dup}
		}
		if f.Version != i+1 {
			return nil, &GapError{FileName: f.FileName, Want: i + 1}
		}
	}
	return files, nil
}
