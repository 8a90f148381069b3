package catalog

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/sqllex"
)

// Querier is satisfied by *pgx.Conn and pgx.Tx, so callers can inspect
// inside a transaction.
type Querier interface {
	SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults
}

// Options narrow what Inspect reads.
type Options struct {
	Schemas []string // schemas to read; empty = every non-system schema
	Tables  []string // optional filter: "t" or "schema.t"
	// QualifiedTables add to the Tables filter tables given by schema and
	// name, which may hold any character, dots included (a "schema.t"
	// entry of Tables is split at its first dot).
	QualifiedTables [][2]string
	Exclude         []string // qualified tables never read, e.g. "public.migrations" (schemactl's migrations table)
	// Sequences are read, by schema and name, whatever the Tables filter
	// (without one, every sequence of the schemas is read).
	Sequences [][2]string
	// Types are domains and composite types read, by schema and name,
	// whatever the Tables filter (without one, every one of the schemas
	// is read; with one, those the tables use too).
	Types [][2]string
	// Extensions are read by name wherever they are installed, whatever
	// the Tables filter (without one, every extension of the schemas is
	// read).
	Extensions []string
}

// Inspect reads the catalog into a normalised realm, in ONE pgx.Batch of
// whole-schema queries (the number of round trips does not grow with the
// number of tables).
func Inspect(ctx context.Context, q Querier, opts Options) (*models.Realm, error) {
	br := q.SendBatch(ctx, inspectBatch(opts))
	r := newReader(opts)
	var err error
	for _, s := range r.steps() {
		if err = readAll(br, s.read); err != nil {
			err = fmt.Errorf("inspecting catalog: reading %s: %w", s.what, err)
			break
		}
	}
	if cerr := br.Close(); cerr != nil && err == nil {
		err = fmt.Errorf("inspecting catalog: %w", cerr)
	}
	if err != nil {
		return nil, err
	}
	r.resolveSerials()
	r.finishPartitions()
	return r.realm().Normalize(), nil
}

// inspectBatch queues every catalog query of one inspection, in the
// order of the reader's steps.
func inspectBatch(opts Options) *pgx.Batch {
	schemas := nonNil(opts.Schemas)
	filterSchemas, filterTables := splitQualified(opts.Tables)
	for _, q := range opts.QualifiedTables {
		filterSchemas, filterTables = append(filterSchemas, &q[0]), append(filterTables, q[1])
	}
	excludeSchemas, excludeTables := splitQualified(opts.Exclude)
	tableArgs := []any{schemas, filterSchemas, filterTables, excludeSchemas, excludeTables}
	seqSchemas, seqNames := []string{}, []string{}
	for _, q := range opts.Sequences {
		seqSchemas, seqNames = append(seqSchemas, q[0]), append(seqNames, q[1])
	}
	b := &pgx.Batch{}
	b.Queue(querySelectTables, tableArgs...)
	b.Queue(querySchemas, schemas)
	for _, q := range []string{queryEnums, queryTables, queryColumns, queryConstraints, queryIndexParts, queryExclusionParts,
		queryPolicies} {
		b.Queue(q, tableArgs...)
	}
	b.Queue(querySchemaComments, schemas)
	for _, q := range []string{queryTableProperties, queryColumnCollations, queryPolicyComments, queryTableObjects,
		queryUnmodeled, queryUnsupported} {
		b.Queue(q, tableArgs...)
	}
	b.Queue(querySequences, append(tableArgs, seqSchemas, seqNames)...)
	queueUserTypes(b, tableArgs, opts.Types)
	b.Queue(queryGrants, tableArgs...)
	b.Queue(queryExtensions, schemas, filterTables, nonNil(opts.Extensions))
	for _, q := range []string{queryViews, queryViewDependencies, queryViewIndexParts(), queryViewUnmodeled, queryFunctions, queryTriggers} {
		b.Queue(q, tableArgs...)
	}
	return b
}

// inspectStep reads the result of one query of inspectBatch.
type inspectStep struct {
	what string
	read func(pgx.Rows) error
}

// steps are the reads of inspectBatch's results, in its order.
func (r *reader) steps() []inspectStep {
	return []inspectStep{
		{"the selected tables", readNothing},
		{"schemas", r.readSchemas},
		{"enums", r.readEnums},
		{"tables", r.readTables},
		{"columns", r.readColumns},
		{"constraints", r.readConstraints},
		{"indexes", r.readIndexes},
		{"exclusion constraints", r.readExclusions},
		{"policies", r.readPolicies},
		{"schema comments", r.readSchemaComments},
		{"table properties", r.readTableProperties},
		{"column collations", r.readColumnCollations},
		{"policy comments", r.readPolicyComments},
		{"objects on tables", r.readTableObjects},
		{"attributes the model cannot hold", r.readUnmodeled},
		{"objects the model cannot hold", r.readUnsupported},
		{"sequences", r.readSequences},
		{"domains", r.readDomains},
		{"composite types", r.readCompositeFields},
		{"collations of domains and composite types", r.readUnsupported},
		{"grants", r.readGrants},
		{"extensions", r.readExtensions},
		{"views", r.readViews},
		{"view dependencies", r.readViewDependencies},
		{"materialized view indexes", r.readViewIndexes},
		{"what views have that the model cannot hold", r.readUnsupported},
		{"functions", r.readFunctions},
		{"triggers", r.readTriggers},
	}
}

// readNothing reads a result that is not used (querySelectTables').
func readNothing(rows pgx.Rows) error {
	for rows.Next() {
	}
	return rows.Err()
}

// readAll runs read over the next result of the batch and closes it.
func readAll(br pgx.BatchResults, read func(pgx.Rows) error) error {
	rows, err := br.Query()
	if err != nil {
		return err
	}
	defer rows.Close()
	if err := read(rows); err != nil {
		return err
	}
	rows.Close()
	return rows.Err()
}

// splitQualified turns "t" and "schema.t" entries into parallel arrays of
// schema (nil = any) and table names, split at the first dot, so a table
// whose name contains a dot is named with its schema: "public.a.b".
func splitQualified(names []string) ([]*string, []string) {
	schemas := make([]*string, 0, len(names))
	tables := make([]string, 0, len(names))
	for _, n := range names {
		if s, t, ok := strings.Cut(n, "."); ok {
			schemas = append(schemas, &s)
			tables = append(tables, t)
			continue
		}
		schemas = append(schemas, nil)
		tables = append(tables, n)
	}
	return schemas, tables
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// reader assembles query results into a realm. Tables are keyed by oid,
// so every per-object query can be grouped by table in one pass.
type reader struct {
	opts    Options
	schemas map[string]*models.Schema
	tables  map[uint32]*models.Table
	indexes map[uint32]map[string]*models.Index
	// views are the views read, by oid; viewRelations stand for the
	// materialized views' indexes while they are read.
	views         map[uint32]*models.View
	viewRelations map[uint32]*models.Table
	// unsupported are the objects of the scope the model cannot hold.
	unsupported []models.Object
	// serials are the columns that may be serial (resolveSerials).
	serials []serialCandidate
	// extensions are the extensions read.
	extensions []*models.Extension
}

func newReader(opts Options) *reader {
	return &reader{
		opts:          opts,
		schemas:       map[string]*models.Schema{},
		tables:        map[uint32]*models.Table{},
		indexes:       map[uint32]map[string]*models.Index{},
		views:         map[uint32]*models.View{},
		viewRelations: map[uint32]*models.Table{},
	}
}

func (r *reader) schema(name string) *models.Schema {
	s, ok := r.schemas[name]
	if !ok {
		s = &models.Schema{Name: name}
		r.schemas[name] = s
	}
	return s
}

func (r *reader) realm() *models.Realm {
	out := &models.Realm{Unsupported: r.unsupported, Extensions: r.extensions}
	for _, s := range r.schemas {
		out.Schemas = append(out.Schemas, s)
	}
	return out
}

// readSchemas lists every user schema when there is no --tables filter,
// and the schemas Options.Schemas names otherwise: with a table filter,
// only the schemas holding what was read are shown.
func (r *reader) readSchemas(rows pgx.Rows) error {
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return err
		}
		if len(r.opts.Tables) == 0 || len(r.opts.Schemas) > 0 {
			r.schema(name)
		}
	}
	return nil
}

func (r *reader) readEnums(rows pgx.Rows) error {
	for rows.Next() {
		e := &models.Enum{}
		if err := rows.Scan(&e.Schema, &e.Name, &e.Values); err != nil {
			return err
		}
		if len(e.Values) == 0 {
			e.Values = nil // the model's canonical "none"
		}
		s := r.schema(e.Schema)
		s.Enums = append(s.Enums, e)
	}
	return nil
}

func (r *reader) readTables(rows pgx.Rows) error {
	for rows.Next() {
		var (
			oid     uint32
			t       = &models.Table{}
			comment *string
			part    partitionRow
		)
		if err := rows.Scan(&oid, &t.Schema, &t.Name, &t.RowSecurity.Enabled, &t.RowSecurity.Forced, &comment,
			&part.strategy, &part.columns, &part.parentSchema, &part.parent, &part.bound); err != nil {
			return err
		}
		t.Comment = deref(comment)
		part.apply(t)
		r.tables[oid] = t
		s := r.schema(t.Schema)
		s.Tables = append(s.Tables, t)
	}
	return nil
}

func (r *reader) readColumns(rows pgx.Rows) error {
	for rows.Next() {
		var (
			oid                  uint32
			c                    = &models.Column{}
			formatted            string
			enumSchema, enumName *string
			enumArray, notNull   bool
			def, comment         *string
			identity             string
			serialSeq            []string
			start, increment     int64
			generated, typtype   *string
		)
		if err := rows.Scan(&oid, &c.Name, &formatted, &enumSchema, &enumName, &enumArray, &notNull, &def, &identity, &comment, &serialSeq, &start, &increment, &generated, &typtype); err != nil {
			return err
		}
		t, ok := r.tables[oid]
		if !ok {
			return fmt.Errorf("column %s of unknown table oid %d", c.Name, oid)
		}
		ty, err := typeRow{formatted: formatted, userSchema: enumSchema, userName: enumName, userArray: enumArray, typtype: typtype}.model()
		if err != nil {
			return fmt.Errorf("column %s.%s.%s: %w", t.Schema, t.Name, c.Name, err)
		}
		c.Type = ty
		c.Nullable = !notNull
		c.Default = deref(def)
		c.Comment = deref(comment)
		c.Generated = sqllex.StripOuterParens(deref(generated))
		if serialSeq != nil {
			r.serials = append(r.serials, serialCandidate{table: t, column: c, sequence: serialSeq})
		}
		switch identity {
		case "a":
			c.Identity = &models.Identity{Generated: models.IdentityAlways, Start: start, Increment: increment}
		case "d":
			c.Identity = &models.Identity{Generated: models.IdentityByDefault, Start: start, Increment: increment}
		}
		t.Columns = append(t.Columns, c)
	}
	return nil
}

func (r *reader) readConstraints(rows pgx.Rows) error {
	for rows.Next() {
		var (
			oid                  uint32
			name, kind           string
			columns, refColumns  []string
			expr                 *string
			refSchema, refTable  *string
			onDelete, onUpdate   string
			deferrable, deferred bool
			notValid, noInherit  bool
			matchFull, nullsNot  bool
			include              []string
			comment              *string
		)
		if err := rows.Scan(&oid, &name, &kind, &columns, &expr, &refSchema, &refTable, &refColumns,
			&onDelete, &onUpdate, &deferrable, &deferred, &notValid, &noInherit, &matchFull, &nullsNot,
			&include, &comment); err != nil {
			return err
		}
		timing := models.Timing{Deferrable: deferrable, InitiallyDeferred: deferred}
		t, ok := r.tables[oid]
		if !ok {
			return fmt.Errorf("constraint %s of unknown table oid %d", name, oid)
		}
		switch kind {
		case "p":
			t.PrimaryKey = &models.PrimaryKey{Name: name, Columns: columns, Include: include, Timing: timing, Comment: deref(comment)}
		case "u":
			t.Uniques = append(t.Uniques, &models.Unique{Name: name, Columns: columns, NullsNotDistinct: nullsNot, Include: include,
				Timing: timing, Comment: deref(comment)})
		case "c":
			t.Checks = append(t.Checks, &models.Check{Name: name, Expr: sqllex.StripOuterParens(deref(expr)), NotValid: notValid,
				NoInherit: noInherit, Comment: deref(comment)})
		case "f":
			del, err := action(onDelete)
			if err != nil {
				return fmt.Errorf("foreign key %s on %s.%s: %w", name, t.Schema, t.Name, err)
			}
			upd, err := action(onUpdate)
			if err != nil {
				return fmt.Errorf("foreign key %s on %s.%s: %w", name, t.Schema, t.Name, err)
			}
			t.ForeignKeys = append(t.ForeignKeys, &models.ForeignKey{
				Name:              name,
				Columns:           columns,
				RefSchema:         deref(refSchema),
				RefTable:          deref(refTable),
				RefColumns:        refColumns,
				OnDelete:          del,
				OnUpdate:          upd,
				Deferrable:        deferrable,
				InitiallyDeferred: deferred,
				MatchFull:         matchFull,
				NotValid:          notValid,
				Comment:           deref(comment),
			})
		}
	}
	return nil
}

// action maps pg_constraint.confdeltype / confupdtype to a models.Action.
func action(code string) (string, error) {
	switch code {
	case "a":
		return models.ActionNoAction, nil
	case "r":
		return models.ActionRestrict, nil
	case "c":
		return models.ActionCascade, nil
	case "n":
		return models.ActionSetNull, nil
	case "d":
		return models.ActionSetDefault, nil
	}
	return "", fmt.Errorf("unknown referential action %q", code)
}

// indoption bits (pg_index.h).
const (
	indoptionDesc       = 0x01
	indoptionNullsFirst = 0x02
)

func (r *reader) readIndexes(rows pgx.Rows) error {
	for rows.Next() {
		var (
			oid          uint32
			name, method string
			unique       bool
			where        *string
			valid        bool
			keyCount     int16
			position     int32
			column, expr *string
			option       *int16
			collation    *string
			opclass      *string
			opcDefault   *bool
			opcOptions   []string
			nullsNot     bool
			params       []string
			comment      *string
		)
		if err := rows.Scan(&oid, &name, &unique, &method, &where, &valid, &keyCount,
			&position, &column, &expr, &option, &collation, &opclass, &opcDefault, &opcOptions, &nullsNot, &params, &comment); err != nil {
			return err
		}
		t, ok := r.tables[oid]
		if !ok {
			return fmt.Errorf("index %s of unknown table oid %d", name, oid)
		}
		byName := r.indexes[oid]
		if byName == nil {
			byName = map[string]*models.Index{}
			r.indexes[oid] = byName
		}
		ix, ok := byName[name]
		if !ok {
			ix = &models.Index{Name: name, Unique: unique, Method: method, Where: sqllex.StripOuterParens(deref(where)),
				NullsNotDistinct: nullsNot, StorageParameters: storageParameters(params), Comment: deref(comment)}
			byName[name] = ix
			t.Indexes = append(t.Indexes, ix)
		}
		if position >= int32(keyCount) {
			if column == nil {
				return errors.New("index " + name + ": INCLUDE entry without a column")
			}
			ix.Include = append(ix.Include, *column)
			continue
		}
		ix.Parts = append(ix.Parts, indexPart(column, expr, option, collation, opclass, opcDefault, opcOptions))
	}
	return nil
}

// indexPart is one key of an index from the catalog's row: a column or
// an expression, ordering from indoption, its own collation, and the
// operator class when it is not the type's default or carries parameters.
func indexPart(column, expr *string, option *int16, collation, opclass *string, opcDefault *bool, opcOptions []string) models.IndexPart {
	part := models.IndexPart{Column: deref(column), Collation: deref(collation)}
	if column == nil {
		part.Expr = deref(expr)
	}
	if option != nil {
		part.Desc = *option&indoptionDesc != 0
		part.NullsFirst = *option&indoptionNullsFirst != 0
	}
	if opclass != nil && (opcDefault != nil && !*opcDefault || len(opcOptions) > 0) {
		part.OpClass = models.OpClassText(*opclass, opcOptions)
	}
	return part
}

// storageParameters turns reloptions ("fillfactor=70") into the model's.
func storageParameters(reloptions []string) []models.IndexParameter {
	var out []models.IndexParameter
	for _, o := range reloptions {
		name, value, _ := strings.Cut(o, "=")
		out = append(out, models.IndexParameter{Name: name, Value: value})
	}
	return out
}

// policyCommands maps pg_policy.polcmd to a models.Policy command.
var policyCommands = map[string]string{
	"*": models.PolicyAll,
	"r": models.PolicySelect,
	"a": models.PolicyInsert,
	"w": models.PolicyUpdate,
	"d": models.PolicyDelete,
}

func (r *reader) readPolicies(rows pgx.Rows) error {
	for rows.Next() {
		var (
			oid          uint32
			p            = &models.Policy{}
			cmd          string
			permissive   bool
			using, check *string
		)
		if err := rows.Scan(&oid, &p.Name, &cmd, &permissive, &p.Roles, &using, &check); err != nil {
			return err
		}
		t, ok := r.tables[oid]
		if !ok {
			return fmt.Errorf("policy %s of unknown table oid %d", p.Name, oid)
		}
		command, ok := policyCommands[cmd]
		if !ok {
			return fmt.Errorf("policy %s on %s.%s: unknown command %q", p.Name, t.Schema, t.Name, cmd)
		}
		p.Command = command
		p.As = models.PolicyRestrictive
		if permissive {
			p.As = models.PolicyPermissive
		}
		p.Using = sqllex.StripOuterParens(deref(using))
		p.Check = sqllex.StripOuterParens(deref(check))
		t.Policies = append(t.Policies, p)
	}
	return nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
