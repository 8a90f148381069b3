package models

import (
	"cmp"
	"slices"
)

// Extension is a CREATE EXTENSION: a database-wide object whose member
// objects (its types, functions, tables) live in Schema. Extensions are
// not nested in a Schema because an extension is not an object of its
// schema: ALTER EXTENSION ... SET SCHEMA moves it (and its members)
// whole.
type Extension struct {
	Name string `json:"name"`
	// Schema is where its members live; the loader fills "public" when
	// the HCL gives none, so that a plan never depends on a server's
	// search_path.
	Schema string `json:"schema"`
	// Version is the extension's version; "" in a declaration means
	// whichever version the server installs by default, and is never a
	// difference from the installed one.
	Version string `json:"version,omitempty"`
}

// DefaultExtensionSchema is the schema of an extension declared without
// one.
const DefaultExtensionSchema = "public"

// Extension returns the extension named name, or nil.
func (r *Realm) Extension(name string) *Extension {
	if r == nil {
		return nil
	}
	for _, e := range r.Extensions {
		if e.Name == name {
			return e
		}
	}
	return nil
}

// normalizeExtensions sorts the extensions by name.
func (r *Realm) normalizeExtensions() {
	for _, e := range r.Extensions {
		if e.Schema == "" {
			e.Schema = DefaultExtensionSchema
		}
	}
	slices.SortFunc(r.Extensions, func(a, b *Extension) int { return cmp.Compare(a.Name, b.Name) })
	r.Extensions = nilIfEmpty(r.Extensions)
}
