package apply

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

// history is the migrations directory matched against the migrations
// table.
type history struct {
	files   []migrations.File
	applied map[int]Record // by version, for files that are applied
	// adopted marks versions counted as applied from a row an earlier
	// migrator wrote (matched by name, no checksum).
	adopted map[int]bool
	// legacy are rows without a version that match no file: kept, shown by
	// status, otherwise ignored.
	legacy   []Record
	pending  []migrations.File
	problems []error
	// expected is the state recorded with the highest applied version,
	// nil when that row has none (see the package doc on drift).
	expected *models.Realm
	// rendered is expected as the server rendered it, when recorded.
	rendered *models.Realm
}

// matchHistory matches files against records. Rows an earlier migrator
// wrote (no version) count as applying a file when their name is the
// file's name, with or without ".sql".
func matchHistory(files []migrations.File, records []Record) *history {
	h := &history{files: files, applied: map[int]Record{}, adopted: map[int]bool{}}
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
				h.legacy = append(h.legacy, r)
				continue
			}
			if _, dup := h.applied[v]; !dup {
				h.applied[v] = r
				h.adopted[v] = true
			}
			maxApplied = max(maxApplied, v)
			continue
		}
		if r.Version > len(files) {
			h.problems = append(h.problems, &AppliedFileMissingError{Version: r.Version, Name: r.Name})
			continue
		}
		f := files[r.Version-1]
		h.applied[r.Version] = r
		delete(h.adopted, r.Version)
		maxApplied = max(maxApplied, r.Version)
		if r.Checksum == "" {
			continue // recorded by an earlier migrator: nothing to compare
		}
		if r.Name != "" && r.Name != f.FileName {
			h.problems = append(h.problems, &AppliedFileRenamedError{Version: r.Version, Recorded: r.Name, FileName: f.FileName})
			continue
		}
		if r.Checksum != f.Checksum {
			h.problems = append(h.problems, &migrations.ChecksumMismatchError{FileName: f.FileName, Want: r.Checksum, Got: f.Checksum})
		}
	}
	for _, f := range files {
		if _, ok := h.applied[f.Version]; ok {
			continue
		}
		if f.Version < maxApplied {
			h.problems = append(h.problems, &OutOfOrderError{FileName: f.FileName, Applied: maxApplied})
		}
		h.pending = append(h.pending, f)
	}
	if maxApplied > 0 {
		h.expected, h.rendered = h.applied[maxApplied].State, h.applied[maxApplied].Rendered
	}
	return h
}
