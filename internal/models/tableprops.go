package models

import (
	"cmp"
	"slices"
	"strings"
)

// Replica identities other than PostgreSQL's default (Table.ReplicaIdentity
// "", which uses the primary key): what logical replication writes of a
// row's old values on UPDATE and DELETE.
const (
	ReplicaIdentityFull    = "FULL"
	ReplicaIdentityNothing = "NOTHING"
	// ReplicaIdentityIndex uses the unique index Table.ReplicaIdentityIndex.
	ReplicaIdentityIndex = "INDEX"
)

// PublicSchemaComment is the comment initdb gives the public schema.
const PublicSchemaComment = "standard public schema"

// DefaultCollation is the collation name that means the type's own.
const DefaultCollation = "default"

// StorageParameter is one storage parameter of a table: Name as
// CREATE TABLE ... WITH writes it ("fillfactor", "toast.autovacuum_enabled")
// and Value as pg_class.reloptions keeps it ("70", "false").
type StorageParameter struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// StorageParameter returns the value of the storage parameter name, and
// whether it is set.
func (t *Table) StorageParameter(name string) (string, bool) {
	if t == nil {
		return "", false
	}
	for _, p := range t.StorageParameters {
		if p.Name == name {
			return p.Value, true
		}
	}
	return "", false
}

// normalizeProperties puts the table's storage parameters and replica
// identity in canonical form: parameters sorted by name, DEFAULT as "",
// an index name only for an index identity.
func (t *Table) normalizeProperties() {
	slices.SortFunc(t.StorageParameters, func(a, b StorageParameter) int { return cmp.Compare(a.Name, b.Name) })
	t.StorageParameters = nilIfEmpty(t.StorageParameters)
	if strings.EqualFold(t.ReplicaIdentity, "DEFAULT") {
		t.ReplicaIdentity = ""
	}
	if t.ReplicaIdentity != ReplicaIdentityIndex {
		t.ReplicaIdentityIndex = ""
	}
}
