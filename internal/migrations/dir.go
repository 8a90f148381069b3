package migrations

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
)

// Dir is a flat migrations directory. LocalDir is one on disk, MemDir one in
// memory (tests need no files).
type Dir interface {
	// List returns the names of the files in the directory, sorted. A
	// directory that does not exist lists nothing.
	List() ([]string, error)
	// ReadFile returns the file's bytes; a missing file is an error that
	// matches fs.ErrNotExist.
	ReadFile(name string) ([]byte, error)
	// WriteFile creates or replaces the file.
	WriteFile(name string, data []byte) error
}

// LocalDir is a migrations directory on disk.
type LocalDir struct {
	path string
}

// NewLocalDir returns the directory at path. It need not exist yet: the
// first WriteFile creates it.
func NewLocalDir(path string) *LocalDir { return &LocalDir{path: path} }

// Path is the directory's path on disk.
func (d *LocalDir) Path() string { return d.path }

// List returns the names of the regular files in the directory.
func (d *LocalDir) List() ([]string, error) {
	entries, err := os.ReadDir(d.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("listing migrations directory %s: %w", d.path, err)
	}
	var names []string
	for _, e := range entries {
		if e.Type().IsRegular() {
			names = append(names, e.Name())
		}
	}
	return names, nil
}

// ReadFile reads one file of the directory.
func (d *LocalDir) ReadFile(name string) ([]byte, error) {
	data, err := os.ReadFile(filepath.Join(d.path, name))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", filepath.Join(d.path, name), err)
	}
	return data, nil
}

// WriteFile writes one file of the directory, creating the directory when
// needed. It writes a temporary file and renames it, so a reader never sees
// half a file.
func (d *LocalDir) WriteFile(name string, data []byte) error {
	if err := os.MkdirAll(d.path, 0o755); err != nil {
		return fmt.Errorf("creating migrations directory %s: %w", d.path, err)
	}
	tmp, err := os.CreateTemp(d.path, "."+name+".tmp*")
	if err != nil {
		return fmt.Errorf("writing %s: %w", filepath.Join(d.path, name), err)
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(tmp.Name(), 0o644)
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), filepath.Join(d.path, name))
	}
	if werr != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("writing %s: %w", filepath.Join(d.path, name), werr)
	}
	return nil
}

// MemDir is a migrations directory in memory. It is safe for concurrent use.
type MemDir struct {
	mu    sync.Mutex
	files map[string][]byte
}

// NewMemDir returns an empty in-memory directory.
func NewMemDir() *MemDir { return &MemDir{files: map[string][]byte{}} }

// List returns the names of the files, sorted.
func (d *MemDir) List() ([]string, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	names := make([]string, 0, len(d.files))
	for n := range d.files {
		names = append(names, n)
	}
	slices.Sort(names)
	return names, nil
}

// ReadFile returns a copy of the file's bytes.
func (d *MemDir) ReadFile(name string) ([]byte, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	data, ok := d.files[name]
	if !ok {
		return nil, fmt.Errorf("reading %s: %w", name, fs.ErrNotExist)
	}
	return slices.Clone(data), nil
}

// WriteFile stores a copy of data under name.
func (d *MemDir) WriteFile(name string, data []byte) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.files[name] = slices.Clone(data)
	return nil
}

// Remove deletes a file; tests use it to simulate a removed migration.
func (d *MemDir) Remove(name string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	delete(d.files, name)
}
