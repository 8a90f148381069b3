package models

import (
	"fmt"
	"strings"
)

// Realm is a whole database's worth of managed schema: every schema with
// the objects in it. It is what `plan` compares and what the state file
// records.
type Realm struct {
	Schemas []*Schema `json:"schemas,omitempty"`
	// Imports name the declared objects that import blocks take over:
	// they exist in the database already, in no migration yet (docs/hcl.md,
	// "Taking over existing objects").
	Imports []Import `json:"imports,omitempty"`
	// Moves are the moved blocks: objects the HCL now declares under a
	// new name, renamed in place rather than dropped and created
	// (moves.go).
	Moves []Move `json:"moves,omitempty"`
	// Data are the tables declared with data "table": referenced by
	// foreign keys, never created, altered, imported or dropped. Their
	// schemas need not be declared, and are not managed.
	Data []*DataTable `json:"data,omitempty"`
	// Extensions are the extensions (CREATE EXTENSION), sorted by name.
	Extensions []*Extension `json:"extensions,omitempty"`
	// Unsupported lists the objects of the inspected scope that the model
	// cannot hold at all (functions, foreign tables, domains, ...), so
	// that inspect and the live comparison can name them instead of
	// passing over them. Only the catalog reader sets it.
	Unsupported []Object `json:"unsupported,omitempty"`
}

// Import kinds: what an import block may take over.
const (
	ImportTable    = "table"
	ImportEnum     = "enum"
	ImportSequence = "sequence"
	// ImportDomain and ImportComposite take over a domain and a
	// composite type (the kinds are those of Type.Kind).
	ImportDomain    = TypeDomain
	ImportComposite = TypeComposite
)

// Import is one import block: the declared object Kind schema.name exists
// in the database and is taken over, not created.
type Import struct {
	Kind   string `json:"kind"` // ImportTable, ImportEnum, ImportSequence, ImportDomain or ImportComposite
	Schema string `json:"schema"`
	Name   string `json:"name"`
}

// DataTable is a table schemactl never manages, declared so that foreign
// keys can reference it (Supabase's auth.users, another team's table).
type DataTable struct {
	// Label is the name HCL references use (data.table.LABEL); Schema
	// and Name are the table's in the database.
	Label   string    `json:"label"`
	Schema  string    `json:"schema"`
	Name    string    `json:"name"`
	Columns []*Column `json:"columns,omitempty"`
	// Triggers are the triggers schemactl manages on the table (declared
	// with on = data.table.LABEL): the table is not managed, but they are.
	Triggers []*Trigger `json:"triggers,omitempty"`
}

// Object is something in the database: a kind, where it is, and what the
// server says of it.
type Object struct {
	Kind   string `json:"kind"` // "view", "function", "partitioned table", ...
	Schema string `json:"schema"`
	Name   string `json:"name"`
	Detail string `json:"detail,omitempty"`
}

// Schema is a PostgreSQL schema (namespace) and the objects declared in it.
type Schema struct {
	Name string `json:"name"`
	// Exclusive means schemactl owns the whole schema: undeclared objects in
	// it are planned for drop (docs/hcl.md, "What a declaration manages"). It
	// is a declaration, not catalog
	// state: the catalog reader never sets it.
	Exclusive bool `json:"exclusive,omitempty"`
	// Comment is COMMENT ON SCHEMA ("" for none). The public schema's
	// comment from initdb, "standard public schema", counts as none
	// (Normalize), so that declaring public without a comment plans no
	// change on any database.
	Comment string   `json:"comment,omitempty"`
	Enums   []*Enum  `json:"enums,omitempty"`
	Tables  []*Table `json:"tables,omitempty"`
	// Sequences are the standalone sequences (see Sequence).
	Sequences []*Sequence `json:"sequences,omitempty"`
	// Domains and Composites are the schema's domains and composite
	// types (usertypes.go).
	Domains    []*Domain    `json:"domains,omitempty"`
	Composites []*Composite `json:"composites,omitempty"`
	// IgnoreGrantsTo are roles (RolePublic for PUBLIC) whose grants on
	// the schema's tables schemactl neither declares nor revokes: a
	// declaration, never catalog state (Supabase's default privileges
	// grant its API roles everything on every new table). Sorted.
	IgnoreGrantsTo []string `json:"ignore_grants_to,omitempty"`
	// Views are the views and materialized views (see View).
	Views []*View `json:"views,omitempty"`
	// Functions are the functions and procedures (see Function), sorted
	// by name and identity arguments.
	Functions []*Function `json:"functions,omitempty"`
}

// Enum is a CREATE TYPE ... AS ENUM; Values keep their declared order.
type Enum struct {
	Schema string   `json:"schema"`
	Name   string   `json:"name"`
	Values []string `json:"values"`
}

// Table is an ordinary table with its columns, constraints, indexes and
// row-level security.
type Table struct {
	Schema      string        `json:"schema"`
	Name        string        `json:"name"`
	Comment     string        `json:"comment,omitempty"`
	Columns     []*Column     `json:"columns,omitempty"`
	PrimaryKey  *PrimaryKey   `json:"primary_key,omitempty"`
	Uniques     []*Unique     `json:"uniques,omitempty"`
	Checks      []*Check      `json:"checks,omitempty"`
	ForeignKeys []*ForeignKey `json:"foreign_keys,omitempty"`
	Exclusions  []*Exclusion  `json:"exclusions,omitempty"`
	Indexes     []*Index      `json:"indexes,omitempty"`
	RowSecurity RowSecurity   `json:"row_security"`
	Policies    []*Policy     `json:"policies,omitempty"`
	// Grants are the privileges granted on the table and its columns to
	// roles other than its owner (grant.go), in canonical form.
	Grants    []*Grant   `json:"grants,omitempty"`
	Triggers  []*Trigger `json:"triggers,omitempty"`
	Lifecycle Lifecycle  `json:"lifecycle"`
	// Unlogged is CREATE UNLOGGED TABLE: no write-ahead log, truncated
	// after a crash, never replicated.
	Unlogged bool `json:"unlogged,omitempty"`
	// StorageParameters are the table's WITH (...) options (fillfactor,
	// autovacuum_*, toast.*), sorted by name, values as the server keeps
	// them in reloptions.
	StorageParameters []StorageParameter `json:"storage_parameters,omitempty"`
	// ReplicaIdentity is one of the ReplicaIdentity constants; ""
	// is PostgreSQL's default (the primary key). ReplicaIdentityIndex
	// names the unique index (or unique or primary key constraint) of
	// ReplicaIdentityIndex identities.
	ReplicaIdentity      string `json:"replica_identity,omitempty"`
	ReplicaIdentityIndex string `json:"replica_identity_index,omitempty"`
	// Partition is the PARTITION BY of a partitioned table (nil for any
	// other table).
	Partition *PartitionKey `json:"partition,omitempty"`
	// PartitionOf makes the table a partition of another (partition.go):
	// it then has no columns, keys or indexes of its own in the model.
	PartitionOf *Partition `json:"partition_of,omitempty"`
	// Objects are what the catalog found on the table that the schema
	// language cannot declare yet but DDL can remove by name: triggers,
	// rules. On a managed table they are
	// undeclared, so the planner drops them (docs/hcl.md, "What a declaration
	// manages"). Only the catalog
	// reader sets them.
	Objects []*TableObject `json:"objects,omitempty"`
	// Unmodeled lists attributes the catalog found that the model cannot
	// hold (a generated column, storage parameters, ...). The HCL never declares them, so on a managed table each is a
	// difference no plan can make: the planner reports it instead of
	// calling the table equal. Only the catalog reader sets them.
	Unmodeled []Attribute `json:"unmodeled,omitempty"`
}

// Kinds of TableObject.
const (
	ObjectTrigger   = "trigger"
	ObjectExclusion = "exclusion constraint"
	ObjectRule      = "rule"
)

// TableObject is an object on a table that the model knows only by kind,
// name and definition.
type TableObject struct {
	Kind       string `json:"kind"` // ObjectTrigger, ObjectExclusion or ObjectRule
	Name       string `json:"name"`
	Definition string `json:"definition"` // as the server prints it
}

// Attribute is one attribute of a table or of something on it that the
// model cannot hold.
type Attribute struct {
	// Object is what carries it: "table", "column x", "index i",
	// "constraint c", "policy p".
	Object string `json:"object"`
	// Name says what the attribute is: "generated", "nulls not distinct",
	// "storage parameters", "replica identity", "collation", ...
	Name string `json:"name"`
	// Value is the attribute's value as the server prints it.
	Value string `json:"value,omitempty"`
}

// Column is a table column. Columns are NOT NULL unless Nullable.
type Column struct {
	Name     string `json:"name"`
	Type     Type   `json:"type"`
	Nullable bool   `json:"nullable,omitempty"`
	// Default is the SQL expression of the column default, as text
	// ("now()", "'active'::text", "0"); empty means no default.
	Default  string    `json:"default,omitempty"`
	Identity *Identity `json:"identity,omitempty"`
	// Serial marks a serial, bigserial or smallserial column: its type is
	// smallint, integer or bigint, and its default (Default stays empty)
	// is nextval of a sequence the column owns, which PostgreSQL creates
	// with it.
	Serial bool `json:"serial,omitempty"`
	// Generated is the expression of a generated column (GENERATED ALWAYS
	// AS (expr) STORED, PostgreSQL's only kind before 18), without the
	// parentheses; empty for a column that is not generated. Such a
	// column has no Default, Identity or Serial.
	Generated string `json:"generated,omitempty"`
	Comment   string `json:"comment,omitempty"`
	// Collation is the column's COLLATE when it is not its type's default
	// ("C", "en_US"): the name of a collation of pg_catalog.
	Collation string `json:"collation,omitempty"`
}

// SerialTypeName is how DDL spells a serial column of type t: serial,
// bigserial or smallserial ("" when t cannot be serial).
func SerialTypeName(t Type) string {
	if t.Array || t.IsUserType() || len(t.Modifiers) > 0 {
		return ""
	}
	switch t.Name {
	case "integer":
		return "serial"
	case "bigint":
		return "bigserial"
	case "smallint":
		return "smallserial"
	}
	return ""
}

// Identity generation kinds, as PostgreSQL spells them in DDL.
const (
	IdentityAlways    = "ALWAYS"
	IdentityByDefault = "BY DEFAULT"
)

// Identity marks a GENERATED ... AS IDENTITY column. Start and Increment
// are its sequence's START WITH and INCREMENT BY; 0 is PostgreSQL's
// default (1, and for Start the sequence's first value: 1 ascending, -1
// descending), which Normalize writes for a default given explicitly, so
// that equal identities compare equal. Neither can be 0 in PostgreSQL
// without MINVALUE/MAXVALUE options the model does not hold.
type Identity struct {
	Generated string `json:"generated"` // IdentityAlways or IdentityByDefault
	Start     int64  `json:"start,omitempty"`
	Increment int64  `json:"increment,omitempty"`
}

// StartValue is the identity's effective START WITH.
func (id *Identity) StartValue() int64 {
	if id.Start != 0 {
		return id.Start
	}
	if id.Increment < 0 {
		return -1
	}
	return 1
}

// IncrementValue is the identity's effective INCREMENT BY.
func (id *Identity) IncrementValue() int64 {
	if id.Increment != 0 {
		return id.Increment
	}
	return 1
}

// Options is the identity's sequence options as DDL writes them after AS
// IDENTITY ("(START WITH 100 INCREMENT BY 5)"), "" when both are the
// defaults.
func (id *Identity) Options() string {
	var parts []string
	if id.Start != 0 {
		parts = append(parts, fmt.Sprintf("START WITH %d", id.Start))
	}
	if id.Increment != 0 {
		parts = append(parts, fmt.Sprintf("INCREMENT BY %d", id.Increment))
	}
	if len(parts) == 0 {
		return ""
	}
	return "(" + strings.Join(parts, " ") + ")"
}

// normalize writes 0 for the defaults given explicitly.
func (id *Identity) normalize() {
	if id.Increment == 1 {
		id.Increment = 0
	}
	if id.Start != 0 && id.Start == (&Identity{Increment: id.Increment}).StartValue() {
		id.Start = 0
	}
}

// PrimaryKey is a table's primary key constraint. Name is always set: the
// loader fills PostgreSQL's default name ("<table>_pkey") when the HCL gives
// none, so nothing is left to generated names.
type PrimaryKey struct {
	Name    string   `json:"name"`
	Columns []string `json:"columns"`
	// Include are the INCLUDE columns of its index (not part of the key).
	Include []string `json:"include,omitempty"`
	Timing
	Comment string `json:"comment,omitempty"`
}

// Timing is when a constraint is checked: DEFERRABLE and INITIALLY
// DEFERRED. Normalize clears InitiallyDeferred when not Deferrable.
type Timing struct {
	Deferrable        bool `json:"deferrable,omitempty"`
	InitiallyDeferred bool `json:"initially_deferred,omitempty"`
}

// Unique is a UNIQUE constraint (not a unique index: those are Index with
// Unique set).
type Unique struct {
	Name    string   `json:"name"`
	Columns []string `json:"columns"`
	// NullsNotDistinct is NULLS NOT DISTINCT (PostgreSQL 15): rows whose
	// key holds NULLs conflict too. HCL spells it nulls_distinct = false.
	NullsNotDistinct bool `json:"nulls_not_distinct,omitempty"`
	// Include are the INCLUDE columns of its index (not part of the key).
	Include []string `json:"include,omitempty"`
	Timing
	Comment string `json:"comment,omitempty"`
}

// Check is a CHECK constraint. Expr is the boolean expression without the
// surrounding CHECK ( ... ).
type Check struct {
	Name string `json:"name"`
	Expr string `json:"expr"`
	// NotValid is catalog state, never a declaration: the constraint was
	// added NOT VALID and its rows were never validated (a VALIDATE step
	// that failed, or a database built by hand). The planner validates it.
	NotValid bool `json:"not_valid,omitempty"`
	// NoInherit is NO INHERIT: the check does not pass to child tables.
	NoInherit bool   `json:"no_inherit,omitempty"`
	Comment   string `json:"comment,omitempty"`
}

// Referential actions, as PostgreSQL spells them in DDL.
const (
	ActionNoAction   = "NO ACTION"
	ActionRestrict   = "RESTRICT"
	ActionCascade    = "CASCADE"
	ActionSetNull    = "SET NULL"
	ActionSetDefault = "SET DEFAULT"
)

// ForeignKey is a FOREIGN KEY constraint. OnDelete and OnUpdate are one of
// the Action constants; Normalize turns "" into ActionNoAction.
type ForeignKey struct {
	Name              string   `json:"name"`
	Columns           []string `json:"columns"`
	RefSchema         string   `json:"ref_schema"`
	RefTable          string   `json:"ref_table"`
	RefColumns        []string `json:"ref_columns"`
	OnDelete          string   `json:"on_delete"`
	OnUpdate          string   `json:"on_update"`
	Deferrable        bool     `json:"deferrable,omitempty"`
	InitiallyDeferred bool     `json:"initially_deferred,omitempty"`
	// MatchFull is MATCH FULL; the default, MATCH SIMPLE, is false.
	MatchFull bool `json:"match_full,omitempty"`
	// NotValid is catalog state, as for Check.
	NotValid bool   `json:"not_valid,omitempty"`
	Comment  string `json:"comment,omitempty"`
}

// Exclusion is an EXCLUDE constraint: no two rows may have elements that
// all compare true with their operators.
type Exclusion struct {
	Name     string             `json:"name"`
	Method   string             `json:"method"` // index access method, lower case; Normalize fills IndexGiST
	Elements []ExclusionElement `json:"elements"`
	Include  []string           `json:"include,omitempty"`
	// Where is the predicate of a partial exclusion, without WHERE.
	Where string `json:"where,omitempty"`
	// StorageParameters are its index's storage parameters (WITH (...)).
	StorageParameters []IndexParameter `json:"storage_parameters,omitempty"`
	Timing
	Comment string `json:"comment,omitempty"`
}

// ExclusionElement is one element of an exclusion constraint: a key as an
// index has it, and the operator it is compared with.
type ExclusionElement struct {
	IndexPart
	Op string `json:"op"` // an operator: "=", "&&", OPERATOR(schema.&&)
}

// IndexParameter is one storage parameter of an index, as
// pg_class.reloptions holds it:
// name=value, the value as text ("70", "false", "on").
type IndexParameter struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Index access methods, lower case as pg_am.amname spells them.
const (
	IndexBTree = "btree"
	IndexGIN   = "gin"
	IndexGiST  = "gist"
	IndexBRIN  = "brin"
	IndexHash  = "hash"
)

// Index is a CREATE INDEX. Indexes that back a primary key or unique
// constraint are not Indexes: they are part of that constraint.
type Index struct {
	Name   string      `json:"name"`
	Unique bool        `json:"unique,omitempty"`
	Method string      `json:"method"` // one of the Index constants; Normalize fills IndexBTree
	Parts  []IndexPart `json:"parts"`
	// Where is the predicate of a partial index, without WHERE.
	Where   string   `json:"where,omitempty"`
	Include []string `json:"include,omitempty"`
	// NullsNotDistinct is NULLS NOT DISTINCT of a unique index.
	NullsNotDistinct bool `json:"nulls_not_distinct,omitempty"`
	// StorageParameters are its storage parameters (WITH (...)), sorted by name.
	StorageParameters []IndexParameter `json:"storage_parameters,omitempty"`
	Comment           string           `json:"comment,omitempty"`
	// Concurrently asks for CREATE INDEX CONCURRENTLY. It is how the index
	// is built, not what it is: the catalog never sets it and the planner
	// does not treat a change of it as a change of the index.
	Concurrently bool `json:"concurrently,omitempty"`
}

// IndexPart is one key of an index: a column or an expression.
type IndexPart struct {
	Column string `json:"column,omitempty"`
	Expr   string `json:"expr,omitempty"` // set instead of Column for expression keys
	Desc   bool   `json:"desc,omitempty"`
	// NullsFirst is the effective null ordering. PostgreSQL's default is
	// NULLS LAST for ascending and NULLS FIRST for descending keys; the
	// loader fills the default when the HCL says nothing.
	NullsFirst bool `json:"nulls_first,omitempty"`
	// Collation is the key's COLLATE when it is not the column's (or the
	// expression's type's) own: the name of a collation of pg_catalog
	// ("C", "POSIX"), quoted in DDL.
	Collation string `json:"collation,omitempty"`
	// OpClass is the operator class when it is not the type's default.
	OpClass string `json:"opclass,omitempty"`
}

// RowSecurity is ALTER TABLE ... ENABLE / FORCE ROW LEVEL SECURITY.
type RowSecurity struct {
	Enabled bool `json:"enabled,omitempty"`
	Forced  bool `json:"forced,omitempty"`
}

// Lifecycle carries schemactl's own safety settings for a table.
type Lifecycle struct {
	PreventDestroy bool `json:"prevent_destroy,omitempty"`
}

// Policy commands and kinds, as PostgreSQL spells them in DDL.
const (
	PolicyAll    = "ALL"
	PolicySelect = "SELECT"
	PolicyInsert = "INSERT"
	PolicyUpdate = "UPDATE"
	PolicyDelete = "DELETE"

	PolicyPermissive  = "PERMISSIVE"
	PolicyRestrictive = "RESTRICTIVE"

	// RolePublic is how the PUBLIC pseudo-role appears in Policy.Roles.
	RolePublic = "PUBLIC"
)

// Policy is a row-level security policy on its table.
type Policy struct {
	Name    string   `json:"name"`
	Command string   `json:"command"` // Policy{All,Select,...}; Normalize fills PolicyAll
	As      string   `json:"as"`      // PolicyPermissive or PolicyRestrictive; Normalize fills PolicyPermissive
	Roles   []string `json:"roles"`   // sorted; RolePublic for PUBLIC; Normalize fills [PUBLIC] when empty
	Using   string   `json:"using,omitempty"`
	Check   string   `json:"check,omitempty"` // WITH CHECK
	Comment string   `json:"comment,omitempty"`
}
