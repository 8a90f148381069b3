package statefile

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/schemactl/schemactl/internal/models"
)

// This file is the format: one struct per object kind, with the JSON name
// of every field written out, and beside each struct its two conversions,
// from the model and back. Adding a field to the state is an edit here
// only (struct field, one line in each conversion; see the package doc
// for format_version); TestEveryModelFieldRoundTrips fails until it is
// made.
//
// Field order is key order in the file: keep it, or every state file in
// every repository changes on the next write. Conversions share slices
// with their source: they feed an encoder or come from a decoder, and
// nothing modifies either side afterwards.

// document is the whole state. The file always lists its schemas, none
// included ("schemas": []).
type document struct {
	FormatVersion int       `json:"format_version"`
	Schemas       []*schema `json:"schemas"`
	// Extensions are the realm's extensions (newer than format_version 2).
	Extensions []*extension `json:"extensions,omitempty"`
	// Data are the data tables with managed triggers (format_version 3).
	Data []*dataTable `json:"data,omitempty"`
}

func fromRealm(r *models.Realm) (*document, error) {
	doc := &document{FormatVersion: versionFor(r), Schemas: convertEach(r.Schemas, fromSchema), Extensions: convertEach(r.Extensions, fromExtension),
		Data: convertEach(r.Data, fromDataTable)}
	data, err := json.Marshal(doc)
	if err != nil {
		return nil, fmt.Errorf("encoding the state: %w", err)
	}
	newer, err := newerKeys(data)
	if err != nil {
		return nil, fmt.Errorf("encoding the state: %w", err)
	}
	if len(newer) > 0 {
		doc.FormatVersion = 3
	}
	return doc, nil
}

// versionFor is the oldest format_version up to 2 that holds r (see the
// package doc): a state that uses nothing newer stays readable by older
// releases, and its file does not change. fromRealm says 3 for a
// document holding any key version 2 does not have (newerKeys).
func versionFor(r *models.Realm) int {
	for _, t := range r.Tables() {
		for _, c := range t.Columns {
			if c.Serial {
				return 2
			}
		}
	}
	return 1
}

func (d *document) realm() *models.Realm {
	return &models.Realm{Schemas: convertEach(d.Schemas, (*schema).model), Extensions: convertEach(d.Extensions, (*extension).model),
		Data: convertEach(d.Data, (*dataTable).model)}
}

// schema is a schema and its objects. Every field that is a list of
// objects is written one object per line in the file layout (see
// writeSchema), so a new kind of object needs no change to the encoder.
type schema struct {
	Name      string      `json:"name"`
	Exclusive bool        `json:"exclusive,omitempty"`
	Enums     []*enum     `json:"enums,omitempty"`
	Tables    []*table    `json:"tables,omitempty"`
	Comment   string      `json:"comment,omitempty"`
	Sequences []*sequence `json:"sequences,omitempty"`
	// Domains and Composites come after every older key (format_usertypes.go).
	Domains    []*domain    `json:"domains,omitempty"`
	Composites []*composite `json:"composites,omitempty"`
	// IgnoreGrantsTo is newer than format_version 2.
	IgnoreGrantsTo []string `json:"ignore_grants_to,omitempty"`
	// Views are newer than format_version 2 too.
	Views     []*view     `json:"views,omitempty"`
	Functions []*function `json:"functions,omitempty"`
}

func fromSchema(s *models.Schema) *schema {
	return &schema{
		Name:       s.Name,
		Exclusive:  s.Exclusive,
		Enums:      convertEach(s.Enums, fromEnum),
		Tables:     convertEach(s.Tables, fromTable),
		Sequences:  convertEach(s.Sequences, fromSequence),
		Comment:    s.Comment,
		Domains:    convertEach(s.Domains, fromDomain),
		Composites: convertEach(s.Composites, fromComposite),
		Views:      convertEach(s.Views, fromView),
		Functions:  convertEach(s.Functions, fromFunction),

		IgnoreGrantsTo: s.IgnoreGrantsTo,
	}
}

func (s *schema) model() *models.Schema {
	return &models.Schema{
		Name:       s.Name,
		Exclusive:  s.Exclusive,
		Enums:      convertEach(s.Enums, (*enum).model),
		Tables:     convertEach(s.Tables, (*table).model),
		Sequences:  convertEach(s.Sequences, (*sequence).model),
		Comment:    s.Comment,
		Domains:    convertEach(s.Domains, (*domain).model),
		Composites: convertEach(s.Composites, (*composite).model),
		Views:      convertEach(s.Views, (*view).model),
		Functions:  convertEach(s.Functions, (*function).model),

		IgnoreGrantsTo: s.IgnoreGrantsTo,
	}
}

// sequence is a standalone sequence; its values (never 0 where a field is
// omitted for PostgreSQL's default) are as the model holds them.
type sequence struct {
	Schema    string         `json:"schema"`
	Name      string         `json:"name"`
	Type      string         `json:"type"`
	Start     *int64         `json:"start,omitempty"`
	Increment int64          `json:"increment,omitempty"`
	MinValue  *int64         `json:"min_value,omitempty"`
	MaxValue  *int64         `json:"max_value,omitempty"`
	Cache     int64          `json:"cache,omitempty"`
	Cycle     bool           `json:"cycle,omitempty"`
	OwnedBy   *sequenceOwner `json:"owned_by,omitempty"`
	Comment   string         `json:"comment,omitempty"`
}

type sequenceOwner struct {
	Table  string `json:"table"`
	Column string `json:"column"`
}

func fromSequence(q *models.Sequence) *sequence {
	out := &sequence{Schema: q.Schema, Name: q.Name, Type: q.Type, Start: q.Start, Increment: q.Increment,
		MinValue: q.MinValue, MaxValue: q.MaxValue, Cache: q.Cache, Cycle: q.Cycle, Comment: q.Comment}
	if q.OwnedBy != nil {
		out.OwnedBy = &sequenceOwner{Table: q.OwnedBy.Table, Column: q.OwnedBy.Column}
	}
	return out
}

func (q *sequence) model() *models.Sequence {
	out := &models.Sequence{Schema: q.Schema, Name: q.Name, Type: q.Type, Start: q.Start, Increment: q.Increment,
		MinValue: q.MinValue, MaxValue: q.MaxValue, Cache: q.Cache, Cycle: q.Cycle, Comment: q.Comment}
	if q.OwnedBy != nil {
		out.OwnedBy = &models.SequenceOwner{Table: q.OwnedBy.Table, Column: q.OwnedBy.Column}
	}
	return out
}

type enum struct {
	Schema string   `json:"schema"`
	Name   string   `json:"name"`
	Values []string `json:"values"`
}

func fromEnum(e *models.Enum) *enum {
	return &enum{Schema: e.Schema, Name: e.Name, Values: e.Values}
}

func (e *enum) model() *models.Enum {
	return &models.Enum{Schema: e.Schema, Name: e.Name, Values: e.Values}
}

type table struct {
	Schema      string        `json:"schema"`
	Name        string        `json:"name"`
	Comment     string        `json:"comment,omitempty"`
	Columns     []*column     `json:"columns,omitempty"`
	PrimaryKey  *primaryKey   `json:"primary_key,omitempty"`
	Uniques     []*unique     `json:"uniques,omitempty"`
	Checks      []*check      `json:"checks,omitempty"`
	ForeignKeys []*foreignKey `json:"foreign_keys,omitempty"`
	Exclusions  []*exclusion  `json:"exclusions,omitempty"`
	Indexes     []*index      `json:"indexes,omitempty"`
	RowSecurity rowSecurity   `json:"row_security"`
	Policies    []*policy     `json:"policies,omitempty"`
	Lifecycle   lifecycle     `json:"lifecycle"`
	// Grants are written after the fields of format_version 2.
	Grants []*grant `json:"grants,omitempty"`

	Unlogged             bool               `json:"unlogged,omitempty"`
	StorageParameters    []storageParameter `json:"storage_parameters,omitempty"`
	ReplicaIdentity      string             `json:"replica_identity,omitempty"`
	ReplicaIdentityIndex string             `json:"replica_identity_index,omitempty"`

	Partition   *partitionKey `json:"partition,omitempty"`
	PartitionOf *partitionOf  `json:"partition_of,omitempty"`

	Triggers []*trigger `json:"triggers,omitempty"`
}

type storageParameter struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

func fromTable(t *models.Table) *table {
	out := &table{
		Schema:      t.Schema,
		Name:        t.Name,
		Comment:     t.Comment,
		Columns:     convertEach(t.Columns, fromColumn),
		Uniques:     convertEach(t.Uniques, fromUnique),
		Checks:      convertEach(t.Checks, fromCheck),
		ForeignKeys: convertEach(t.ForeignKeys, fromForeignKey),
		Exclusions:  convertEach(t.Exclusions, fromExclusion),
		Indexes:     convertEach(t.Indexes, fromIndex),
		RowSecurity: rowSecurity{Enabled: t.RowSecurity.Enabled, Forced: t.RowSecurity.Forced},
		Policies:    convertEach(t.Policies, fromPolicy),
		Lifecycle:   lifecycle{PreventDestroy: t.Lifecycle.PreventDestroy},
		Grants:      convertEach(t.Grants, fromGrant),
		Triggers:    convertEach(t.Triggers, fromTrigger),

		Unlogged:             t.Unlogged,
		ReplicaIdentity:      t.ReplicaIdentity,
		ReplicaIdentityIndex: t.ReplicaIdentityIndex,
	}
	for _, p := range t.StorageParameters {
		out.StorageParameters = append(out.StorageParameters, storageParameter{Name: p.Name, Value: p.Value})
	}
	out.Partition, out.PartitionOf = fromPartition(t)
	if pk := t.PrimaryKey; pk != nil {
		out.PrimaryKey = &primaryKey{Name: pk.Name, Columns: pk.Columns, Include: pk.Include,
			Deferrable: pk.Deferrable, InitiallyDeferred: pk.InitiallyDeferred, Comment: pk.Comment}
	}
	return out
}

func (t *table) model() *models.Table {
	out := &models.Table{
		Schema:      t.Schema,
		Name:        t.Name,
		Comment:     t.Comment,
		Columns:     convertEach(t.Columns, (*column).model),
		Uniques:     convertEach(t.Uniques, (*unique).model),
		Checks:      convertEach(t.Checks, (*check).model),
		ForeignKeys: convertEach(t.ForeignKeys, (*foreignKey).model),
		Exclusions:  convertEach(t.Exclusions, (*exclusion).model),
		Indexes:     convertEach(t.Indexes, (*index).model),
		RowSecurity: models.RowSecurity{Enabled: t.RowSecurity.Enabled, Forced: t.RowSecurity.Forced},
		Policies:    convertEach(t.Policies, (*policy).model),
		Lifecycle:   models.Lifecycle{PreventDestroy: t.Lifecycle.PreventDestroy},
		Grants:      convertEach(t.Grants, (*grant).model),
		Triggers:    convertEach(t.Triggers, (*trigger).model),

		Unlogged:             t.Unlogged,
		ReplicaIdentity:      t.ReplicaIdentity,
		ReplicaIdentityIndex: t.ReplicaIdentityIndex,
	}
	for _, p := range t.StorageParameters {
		out.StorageParameters = append(out.StorageParameters, models.StorageParameter{Name: p.Name, Value: p.Value})
	}
	out.Partition, out.PartitionOf = t.partitionModel()
	if pk := t.PrimaryKey; pk != nil {
		out.PrimaryKey = &models.PrimaryKey{Name: pk.Name, Columns: pk.Columns, Include: pk.Include,
			Timing: models.Timing{Deferrable: pk.Deferrable, InitiallyDeferred: pk.InitiallyDeferred}, Comment: pk.Comment}
	}
	return out
}

type column struct {
	Name     string     `json:"name"`
	Type     columnType `json:"type"`
	Nullable bool       `json:"nullable,omitempty"`
	Default  string     `json:"default,omitempty"`
	Identity *identity  `json:"identity,omitempty"`
	Serial   bool       `json:"serial,omitempty"` // format_version 2
	// Generated is the expression of a generated column.
	Generated string `json:"generated,omitempty"`
	Comment   string `json:"comment,omitempty"`
	// Collation is written after the fields of format_version 1, so
	// that a state without one reads as before.
	Collation string `json:"collation,omitempty"`
}

func fromColumn(c *models.Column) *column {
	out := &column{
		Name:      c.Name,
		Type:      fromType(c.Type),
		Nullable:  c.Nullable,
		Default:   c.Default,
		Serial:    c.Serial,
		Generated: c.Generated,
		Comment:   c.Comment,
		Collation: c.Collation,
	}
	if c.Identity != nil {
		out.Identity = &identity{Generated: c.Identity.Generated, Start: c.Identity.Start, Increment: c.Identity.Increment}
	}
	return out
}

func (c *column) model() *models.Column {
	out := &models.Column{
		Name:      c.Name,
		Type:      c.Type.model(),
		Nullable:  c.Nullable,
		Default:   c.Default,
		Serial:    c.Serial,
		Generated: c.Generated,
		Comment:   c.Comment,
		Collation: c.Collation,
	}
	if c.Identity != nil {
		out.Identity = &models.Identity{Generated: c.Identity.Generated, Start: c.Identity.Start, Increment: c.Identity.Increment}
	}
	return out
}

type columnType struct {
	Name       string `json:"name"`
	Modifiers  []int  `json:"modifiers,omitempty"`
	Array      bool   `json:"array,omitempty"`
	EnumSchema string `json:"enum_schema,omitempty"`
	// Kind is the kind of a user type other than an enum ("domain",
	// "composite").
	Kind string `json:"kind,omitempty"`
}

type identity struct {
	Generated string `json:"generated"`
	Start     int64  `json:"start,omitempty"`
	Increment int64  `json:"increment,omitempty"`
}

type primaryKey struct {
	Name              string   `json:"name"`
	Columns           []string `json:"columns"`
	Include           []string `json:"include,omitempty"`
	Deferrable        bool     `json:"deferrable,omitempty"`
	InitiallyDeferred bool     `json:"initially_deferred,omitempty"`
	Comment           string   `json:"comment,omitempty"`
}

type unique struct {
	Name              string   `json:"name"`
	Columns           []string `json:"columns"`
	NullsNotDistinct  bool     `json:"nulls_not_distinct,omitempty"`
	Include           []string `json:"include,omitempty"`
	Deferrable        bool     `json:"deferrable,omitempty"`
	InitiallyDeferred bool     `json:"initially_deferred,omitempty"`
	Comment           string   `json:"comment,omitempty"`
}

func fromUnique(u *models.Unique) *unique {
	return &unique{Name: u.Name, Columns: u.Columns, NullsNotDistinct: u.NullsNotDistinct, Include: u.Include,
		Deferrable: u.Deferrable, InitiallyDeferred: u.InitiallyDeferred, Comment: u.Comment}
}

func (u *unique) model() *models.Unique {
	return &models.Unique{Name: u.Name, Columns: u.Columns, NullsNotDistinct: u.NullsNotDistinct, Include: u.Include,
		Timing: models.Timing{Deferrable: u.Deferrable, InitiallyDeferred: u.InitiallyDeferred}, Comment: u.Comment}
}

type check struct {
	Name      string `json:"name"`
	Expr      string `json:"expr"`
	NotValid  bool   `json:"not_valid,omitempty"`
	NoInherit bool   `json:"no_inherit,omitempty"`
	Comment   string `json:"comment,omitempty"`
}

func fromCheck(c *models.Check) *check {
	return &check{Name: c.Name, Expr: c.Expr, NotValid: c.NotValid, NoInherit: c.NoInherit, Comment: c.Comment}
}

func (c *check) model() *models.Check {
	return &models.Check{Name: c.Name, Expr: c.Expr, NotValid: c.NotValid, NoInherit: c.NoInherit, Comment: c.Comment}
}

type foreignKey struct {
	Name              string   `json:"name"`
	Columns           []string `json:"columns"`
	RefSchema         string   `json:"ref_schema"`
	RefTable          string   `json:"ref_table"`
	RefColumns        []string `json:"ref_columns"`
	OnDelete          string   `json:"on_delete"`
	OnUpdate          string   `json:"on_update"`
	Deferrable        bool     `json:"deferrable,omitempty"`
	InitiallyDeferred bool     `json:"initially_deferred,omitempty"`
	MatchFull         bool     `json:"match_full,omitempty"`
	NotValid          bool     `json:"not_valid,omitempty"`
	Comment           string   `json:"comment,omitempty"`
}

func fromForeignKey(fk *models.ForeignKey) *foreignKey {
	return &foreignKey{
		Name: fk.Name, Columns: fk.Columns,
		RefSchema: fk.RefSchema, RefTable: fk.RefTable, RefColumns: fk.RefColumns,
		OnDelete: fk.OnDelete, OnUpdate: fk.OnUpdate,
		Deferrable: fk.Deferrable, InitiallyDeferred: fk.InitiallyDeferred, MatchFull: fk.MatchFull,
		NotValid: fk.NotValid, Comment: fk.Comment,
	}
}

func (fk *foreignKey) model() *models.ForeignKey {
	return &models.ForeignKey{
		Name: fk.Name, Columns: fk.Columns,
		RefSchema: fk.RefSchema, RefTable: fk.RefTable, RefColumns: fk.RefColumns,
		OnDelete: fk.OnDelete, OnUpdate: fk.OnUpdate,
		Deferrable: fk.Deferrable, InitiallyDeferred: fk.InitiallyDeferred, MatchFull: fk.MatchFull,
		NotValid: fk.NotValid, Comment: fk.Comment,
	}
}

type index struct {
	Name              string      `json:"name"`
	Unique            bool        `json:"unique,omitempty"`
	Method            string      `json:"method"`
	Parts             []indexPart `json:"parts"`
	Where             string      `json:"where,omitempty"`
	Include           []string    `json:"include,omitempty"`
	NullsNotDistinct  bool        `json:"nulls_not_distinct,omitempty"`
	StorageParameters []param     `json:"storage_parameters,omitempty"`
	Comment           string      `json:"comment,omitempty"`
	Concurrently      bool        `json:"concurrently,omitempty"`
}

func fromIndex(ix *models.Index) *index {
	out := &index{
		Name: ix.Name, Unique: ix.Unique, Method: ix.Method,
		Where: ix.Where, Include: ix.Include, Concurrently: ix.Concurrently,
		NullsNotDistinct: ix.NullsNotDistinct, StorageParameters: fromParams(ix.StorageParameters), Comment: ix.Comment,
	}
	if ix.Parts != nil {
		out.Parts = make([]indexPart, len(ix.Parts))
		for i, p := range ix.Parts {
			out.Parts[i] = fromIndexPart(p)
		}
	}
	return out
}

func (ix *index) model() *models.Index {
	out := &models.Index{
		Name: ix.Name, Unique: ix.Unique, Method: ix.Method,
		Where: ix.Where, Include: ix.Include, Concurrently: ix.Concurrently,
		NullsNotDistinct: ix.NullsNotDistinct, StorageParameters: paramsModel(ix.StorageParameters), Comment: ix.Comment,
	}
	if ix.Parts != nil {
		out.Parts = make([]models.IndexPart, len(ix.Parts))
		for i, p := range ix.Parts {
			out.Parts[i] = p.model()
		}
	}
	return out
}

type indexPart struct {
	Column     string `json:"column,omitempty"`
	Expr       string `json:"expr,omitempty"`
	Desc       bool   `json:"desc,omitempty"`
	NullsFirst bool   `json:"nulls_first,omitempty"`
	OpClass    string `json:"opclass,omitempty"`
	// Collation (a key's own COLLATE) is written after the fields of
	// format_version 1.
	Collation string `json:"collation,omitempty"`
}

type rowSecurity struct {
	Enabled bool `json:"enabled,omitempty"`
	Forced  bool `json:"forced,omitempty"`
}

type lifecycle struct {
	PreventDestroy bool `json:"prevent_destroy,omitempty"`
}

type policy struct {
	Name    string   `json:"name"`
	Command string   `json:"command"`
	As      string   `json:"as"`
	Roles   []string `json:"roles"`
	Using   string   `json:"using,omitempty"`
	Check   string   `json:"check,omitempty"`
	Comment string   `json:"comment,omitempty"`
}

func fromPolicy(p *models.Policy) *policy {
	return &policy{Name: p.Name, Command: p.Command, As: p.As, Roles: p.Roles, Using: p.Using, Check: p.Check, Comment: p.Comment}
}

func (p *policy) model() *models.Policy {
	return &models.Policy{Name: p.Name, Command: p.Command, As: p.As, Roles: p.Roles, Using: p.Using, Check: p.Check, Comment: p.Comment}
}

// convertEach converts a list, keeping nil nil (the model's "none").
//
// A JSON null inside a list of objects ("tables": [null]) is the one thing
// the decoder lets through that neither side can hold. Rather than thread
// an error through every conversion, convertEach panics with errNull and
// Decode turns it back into an error (recoverNull), as encoding/json does
// inside itself; no panic leaves the package. (The model never holds a
// nil object: models.Clone, which Encode calls first, would fail on it.)
func convertEach[From, To any](in []*From, convert func(*From) *To) []*To {
	if in == nil {
		return nil
	}
	out := make([]*To, len(in))
	for i, x := range in {
		if x == nil {
			panic(errNull)
		}
		out[i] = convert(x)
	}
	return out
}

// errNull is what convertEach panics with.
var errNull = errors.New("null where an object is expected")

// recoverNull, deferred, turns convertEach's panic into *err.
func recoverNull(err *error) {
	if r := recover(); r != nil {
		if r != errNull {
			panic(r)
		}
		*err = errNull
	}
}

// Recorded is r as a state records it: a copy without what is not the
// managed schema's shape and so is never written. Import and moved blocks
// say how objects were taken over or renamed, not what they are (once applied, an imported
// object is in the state like any other); data tables are never managed;
// Unsupported, Objects and Unmodeled are what the catalog found that the
// model cannot hold, and a recorded state is a declaration, never a
// reading of the catalog. A data table is kept only for the triggers
// schemactl manages on it, with nothing else of it.
func Recorded(r *models.Realm) *models.Realm {
	out := r.Clone()
	if out == nil {
		return nil
	}
	var data []*models.DataTable
	for _, d := range out.Data {
		if len(d.Triggers) > 0 {
			d.Columns = nil
			data = append(data, d)
		}
	}
	out.Imports, out.Moves, out.Data, out.Unsupported = nil, nil, data, nil
	for _, t := range out.Tables() {
		t.Objects, t.Unmodeled = nil, nil
	}
	for _, v := range out.Views() {
		v.DependsOn = nil
	}
	return out
}
