package migrations

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// ErrSumMissing is returned when migration files exist but the sum file
// does not.
var ErrSumMissing = errors.New(SumFileName + " is missing: the migration files are not guarded; they must be written by `schemactl plan --write`")

// ChecksumMismatchError is a file whose bytes changed after the sum was
// written (or after it was applied, when apply finds it).
type ChecksumMismatchError struct {
	FileName string
	Want     string // recorded checksum
	Got      string // checksum of the file now
}

func (e *ChecksumMismatchError) Error() string {
	return fmt.Sprintf("migration file %s was edited: recorded checksum %s, file now has %s; applied migrations are never edited, write a new one", e.FileName, e.Want, e.Got)
}

// RemovedFileError is a file the sum lists that is no longer there.
type RemovedFileError struct {
	FileName string
}

func (e *RemovedFileError) Error() string {
	return fmt.Sprintf("migration file %s is listed in %s but missing from the directory", e.FileName, SumFileName)
}

// UnexpectedFileError is a file the sum does not list: added by hand, not
// by `schemactl plan --write`.
type UnexpectedFileError struct {
	FileName string
}

func (e *UnexpectedFileError) Error() string {
	return fmt.Sprintf("migration file %s is not in %s: it was added by hand; write migrations with `schemactl plan --write`", e.FileName, SumFileName)
}

// ReorderedError is a set of files whose contents are all known to the sum
// but sit at other versions than recorded.
type ReorderedError struct {
	FileName string // the file as it is now
	Was      string // the name the sum recorded for these bytes
}

func (e *ReorderedError) Error() string {
	return fmt.Sprintf("migration file %s was renamed or reordered: %s records these contents as %s", e.FileName, SumFileName, e.Was)
}

// SumCorruptError is a sum file that cannot be parsed, or whose total does
// not match its own lines (edited by hand).
type SumCorruptError struct {
	Reason string
}

func (e *SumCorruptError) Error() string {
	return fmt.Sprintf("%s is corrupt: %s; it is written by `schemactl plan --write`, never by hand", SumFileName, e.Reason)
}

// sumEntry is one per-file line of the sum file.
type sumEntry struct {
	FileName string
	Checksum string
}

// totalSum hashes the per-file lines in order, chaining every file to all
// the ones before it.
func totalSum(entries []sumEntry) string {
	h := sha256.New()
	for _, e := range entries {
		fmt.Fprintf(h, "%s %s\n", e.FileName, e.Checksum)
	}
	return "h1:" + base64.StdEncoding.EncodeToString(h.Sum(nil))
}

// EncodeSum returns the sum file for files.
func EncodeSum(files []File) []byte {
	entries := make([]sumEntry, len(files))
	for i, f := range files {
		entries[i] = sumEntry{FileName: f.FileName, Checksum: f.Checksum}
	}
	var b bytes.Buffer
	b.WriteString(totalSum(entries))
	b.WriteByte('\n')
	for _, e := range entries {
		fmt.Fprintf(&b, "%s %s\n", e.FileName, e.Checksum)
	}
	return b.Bytes()
}

// parseSum reads a sum file and checks its total.
func parseSum(data []byte) ([]sumEntry, error) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	var total string
	var entries []sumEntry
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			total = text
			if !strings.HasPrefix(total, "h1:") || strings.Contains(total, " ") {
				return nil, &SumCorruptError{Reason: "the first line is not the total checksum"}
			}
			continue
		}
		if text == "" {
			continue
		}
		name, sum, ok := strings.Cut(text, " ")
		if !ok || !strings.HasPrefix(sum, "h1:") {
			return nil, &SumCorruptError{Reason: fmt.Sprintf("line %d is not \"NNNN_name.sql h1:...\"", line)}
		}
		entries = append(entries, sumEntry{FileName: name, Checksum: sum})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", SumFileName, err)
	}
	if line == 0 {
		return nil, &SumCorruptError{Reason: "the file is empty"}
	}
	if got := totalSum(entries); got != total {
		return nil, &SumCorruptError{Reason: fmt.Sprintf("total checksum %s does not match its lines (%s)", total, got)}
	}
	return entries, nil
}

// VerifySum checks files (as ReadFiles returned them) against the sum file
// of d. No files and no sum file is a valid, empty directory.
func VerifySum(d Dir, files []File) error {
	data, err := d.ReadFile(SumFileName)
	if errors.Is(err, fs.ErrNotExist) {
		if len(files) == 0 {
			return nil
		}
		return ErrSumMissing
	}
	if err != nil {
		return err
	}
	entries, err := parseSum(data)
	if err != nil {
		return err
	}
	recorded := make(map[string]string, len(entries))
	nameOfSum := make(map[string]string, len(entries))
	for _, e := range entries {
		recorded[e.FileName] = e.Checksum
		nameOfSum[e.Checksum] = e.FileName
	}
	present := make(map[string]bool, len(files))
	for _, f := range files {
		present[f.FileName] = true
	}
	// Contents known under another name first: a reorder shows up as
	// "edited" files otherwise, which hides what happened.
	for _, f := range files {
		if want, ok := recorded[f.FileName]; ok && want == f.Checksum {
			continue
		}
		if was, ok := nameOfSum[f.Checksum]; ok && was != f.FileName {
			return &ReorderedError{FileName: f.FileName, Was: was}
		}
	}
	for _, f := range files {
		want, ok := recorded[f.FileName]
		if !ok {
			continue
		}
		if want != f.Checksum {
			return &ChecksumMismatchError{FileName: f.FileName, Want: want, Got: f.Checksum}
		}
	}
	for _, e := range entries {
		if !present[e.FileName] {
			return &RemovedFileError{FileName: e.FileName}
		}
	}
	for _, f := range files {
		if _, ok := recorded[f.FileName]; !ok {
			return &UnexpectedFileError{FileName: f.FileName}
		}
	}
	// Every file matches its line and the sets are equal; the order of the
	// lines must match the order of the files too.
	for i, e := range entries {
		if files[i].FileName != e.FileName {
			return &SumCorruptError{Reason: fmt.Sprintf("line %d names %s where %s belongs", i+2, e.FileName, files[i].FileName)}
		}
	}
	return nil
}
