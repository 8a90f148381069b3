package history

import (
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/models"
)

// AppliedFileMissingError is a version recorded as applied whose file is
// no longer in the directory.
type AppliedFileMissingError struct {
	Version int
	Name    string
}

func (e *AppliedFileMissingError) Error() string {
	return fmt.Sprintf("version %04d (%s) is recorded as applied but its file is missing from the migrations directory", e.Version, e.Name)
}

// AppliedFileRenamedError is a version recorded under another file name.
type AppliedFileRenamedError struct {
	Version  int
	Recorded string
	FileName string
}

func (e *AppliedFileRenamedError) Error() string {
	return fmt.Sprintf("version %04d was applied as %s but the directory now has %s there", e.Version, e.Recorded, e.FileName)
}

// OutOfOrderError is a pending file older than an applied one: applying
// it now would run history out of order.
type OutOfOrderError struct {
	FileName string
	Applied  int // a later version that is applied
}

func (e *OutOfOrderError) Error() string {
	return fmt.Sprintf("%s is not applied but the later version %04d is; migrations run forward only, in order", e.FileName, e.Applied)
}

// History is the migrations directory matched against the migrations
// table.
type History struct {
	Files   []migrations.File
	Applied map[int]Record // by version, for files that are applied
	// Adopted marks versions counted as applied from a row an earlier
	// migrator wrote (matched by name, no checksum).
	Adopted map[int]bool
	// Legacy are rows without a version that match no file: kept, shown
	// by status, otherwise ignored.
	Legacy   []Record
	Pending  []migrations.File
	Problems []error
	// Expected is the state recorded with the highest applied version,
	// nil when that row has none (see the apply package doc on drift).
	Expected *models.Realm
	// Rendered is Expected as the server rendered it, when recorded.
	Rendered *models.Realm
	// Exists reports whether the migrations table exists; Refused is why
	// a relation of its name cannot be used (no row is then read).
	Exists  bool
	Refused error
}

// Match matches files against records. Rows an earlier migrator
// wrote (no version) count as applying a file when their name is the
// file's name, with or without ".sql".
func Match(files []migrations.File, records []Record) *History {
	h := &History{Files: files, Applied: map[int]Record{}, Adopted: map[int]bool{}}
	byName := map[string]int{}
	for _, f := range files {
		byName[f.FileName] = f.Version
		byName[strings.TrimSuffix(f.FileName, ".sql")] = f.Version
	}
	maxApplied := 0
	for _, r := range records {
		if r.Version == 0 {
			v, ok := byName[r.Name]
			if !ok {
				h.Legacy = append(h.Legacy, r)
				continue
			}
			if _, dup := h.Applied[v]; !dup {
				h.Applied[v] = r
				h.Adopted[v] = true
			}
			maxApplied = max(maxApplied, v)
			continue
		}
		if r.Version > len(files) {
			h.Problems = append(h.Problems, &AppliedFileMissingError{Version: r.Version, Name: r.Name})
			continue
		}
		f := files[r.Version-1]
		h.Applied[r.Version] = r
		delete(h.Adopted, r.Version)
		maxApplied = max(maxApplied, r.Version)
		if r.Checksum == "" {
			continue // recorded by an earlier migrator: nothing to compare
		}
		if r.Name != "" && r.Name != f.FileName {
			h.Problems = append(h.Problems, &AppliedFileRenamedError{Version: r.Version, Recorded: r.Name, FileName: f.FileName})
			continue
		}
		if r.Checksum != f.Checksum {
			h.Problems = append(h.Problems, &migrations.ChecksumMismatchError{FileName: f.FileName, Want: r.Checksum, Got: f.Checksum})
		}
	}
	for _, f := range files {
		if _, ok := h.Applied[f.Version]; ok {
			continue
		}
		if f.Version < maxApplied {
			h.Problems = append(h.Problems, &OutOfOrderError{FileName: f.FileName, Applied: maxApplied})
		}
		h.Pending = append(h.Pending, f)
	}
	if maxApplied > 0 {
		h.Expected, h.Rendered = h.Applied[maxApplied].State, h.Applied[maxApplied].Rendered
	}
	return h
}
