// Package codegentest holds the schemas the code generator's tests share:
// the fixture realms and a small DDL writer that creates them in a test
// database, so the generator's golden output and the database it runs
// against come from one definition.
package codegentest

import (
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

func col(name, typ string, null bool) *models.Column {
	t, err := models.ParseType(typ)
	if err != nil {
		panic(fmt.Sprintf("codegentest: type %q: %v", typ, err))
	}
	return &models.Column{Name: name, Type: t, Nullable: null}
}

func withDefault(c *models.Column, def string) *models.Column {
	c.Default = def
	return c
}

func enumCol(name, enum string, array, null bool) *models.Column {
	return &models.Column{Name: name, Type: models.Type{Name: enum, EnumSchema: "public", Array: array}, Nullable: null}
}

// AllTypes is the fixture realm: table all_types has a NOT NULL and a
// nullable column of every type the generator maps to a Go type, of
// arrays and an enum, and of pg_lsn, which it carries as text; table
// checked has the CHECK constraints the property tests draw values for.
func AllTypes() *models.Realm {
	var cols []*models.Column
	cols = append(cols, &models.Column{Name: "id", Type: models.Type{Name: "bigint"}, Identity: &models.Identity{Generated: models.IdentityAlways}})
	for _, ty := range []struct{ name, typ string }{
		{"smallint", "smallint"}, {"integer", "integer"}, {"bigint", "bigint"}, {"boolean", "boolean"},
		{"text", "text"}, {"varchar", "varchar(10)"}, {"char", "char(3)"}, {"uuid", "uuid"},
		{"jsonb", "jsonb"}, {"json", "json"}, {"bytea", "bytea"}, {"numeric", "numeric(12,2)"},
		{"date", "date"}, {"timestamp", "timestamp"}, {"timestamptz", "timestamptz"}, {"time", "time"},
		{"interval", "interval"}, {"real", "real"}, {"double", "double precision"}, {"inet", "inet"},
		{"cidr", "cidr"}, {"text_array", "text[]"}, {"int_array", "integer[]"}, {"uuid_array", "uuid[]"},
		{"pg_lsn", "pg_lsn"},
	} {
		cols = append(cols, col("c_"+ty.name, ty.typ, false), col("n_"+ty.name, ty.typ, true))
	}
	cols = append(cols,
		enumCol("c_mood", "mood", false, false), enumCol("n_mood", "mood", false, true),
		enumCol("c_mood_array", "mood", true, false),
		withDefault(col("d_created_at", "timestamptz", false), "now()"),
		withDefault(col("d_status", "text", false), "'new'::text"),
		withDefault(col("d_tags", "text[]", false), "'{}'::text[]"),
		withDefault(col("d_uuid", "uuid", false), "gen_random_uuid()"),
	)
	allTypes := &models.Table{
		Name:       "all_types",
		Comment:    "A column of every type, NOT NULL and nullable",
		Columns:    cols,
		PrimaryKey: &models.PrimaryKey{Name: "all_types_pkey", Columns: []string{"id"}},
		Checks: []*models.Check{
			// Not translatable (a regular expression): listed above
			// Validate, enforced by the database only.
			{Name: "all_types_text_pattern", Expr: `c_text !~ '\s$'`},
			// On a column with a default: Insert leaves "" out, so the default applies.
			{Name: "all_types_status_check", Expr: "d_status IN ('new', 'done')"},
		},
	}

	checked := &models.Table{
		Name: "checked",
		Columns: []*models.Column{
			{Name: "id", Type: models.Type{Name: "integer"}, Identity: &models.Identity{Generated: models.IdentityByDefault}},
			col("status", "text", false),
			col("latency_ms", "integer", true),
			col("score", "smallint", true),
			col("name", "text", false),
			col("code", "varchar(4)", false),
			col("initials", "char(3)", true),
			col("ratio", "double precision", true),
			col("amount", "numeric", true),
			col("starts_at", "timestamptz", true),
			col("ends_at", "timestamptz", true),
			col("priority", "integer", false),
			enumCol("mood", "mood", false, true),
			col("flag", "boolean", false),
		},
		PrimaryKey: &models.PrimaryKey{Name: "checked_pkey", Columns: []string{"id"}},
		Checks: []*models.Check{
			{Name: "checked_status_check", Expr: "status IN ('active', 'acknowledged', 'resolved')"},
			{Name: "checked_latency_check", Expr: "latency_ms >= 0"},
			{Name: "checked_score_check", Expr: "score BETWEEN 1 AND 10"},
			{Name: "checked_name_length", Expr: "char_length(name) <= 5"},
			{Name: "checked_code_not_empty", Expr: "code <> ''"},
			{Name: "checked_initials_length", Expr: "length(initials) >= 2"},
			{Name: "checked_ratio_check", Expr: "ratio > 0.5"},
			{Name: "checked_amount_check", Expr: "amount >= 0"},
			{Name: "checked_period_check", Expr: "ends_at > starts_at"},
			{Name: "checked_priority_check", Expr: "priority <> 3 AND priority NOT IN (7, 8)"},
			{Name: "checked_mood_check", Expr: "mood IN ('happy', 'so-so')"},
			{Name: "checked_flag_check", Expr: "flag OR latency_ms < 100"},
		},
	}
	return (&models.Realm{Schemas: []*models.Schema{{
		Name:   "public",
		Enums:  []*models.Enum{{Name: "mood", Values: []string{"happy", "sad", "so-so"}}},
		Tables: []*models.Table{allTypes, checked, edges(), queues(), jobs()},
	}}}).Normalize()
}

// OverridesPackage is the import path of the Go types Overrides maps
// columns to.
const OverridesPackage = "github.com/schemactl/schemactl/internal/codegen/fixtures/overrides/custom"

// Overrides is the realm of the overrides fixture: uuid columns (mapped
// to string with --type) and json documents (mapped to structs with
// --column), with an index that --no-finders leaves without finders.
func Overrides() *models.Realm {
	docs := &models.Table{
		Name: "documents",
		Columns: []*models.Column{
			withDefault(col("id", "uuid", false), "gen_random_uuid()"),
			col("owner", "uuid", true),
			col("doc", "jsonb", false),
			col("meta", "json", true),
			col("readers", "uuid[]", true),
		},
		PrimaryKey: &models.PrimaryKey{Name: "documents_pkey", Columns: []string{"id"}},
		Indexes:    []*models.Index{{Name: "documents_owner_idx", Parts: []models.IndexPart{{Column: "owner"}}}},
	}
	return (&models.Realm{Schemas: []*models.Schema{{Name: "public", Tables: []*models.Table{docs}}}}).Normalize()
}

// edges has a column of each type whose values PostgreSQL refuses for
// what the type implies (text encoding, JSON, numeric precision, time of
// day), for the property test.
func edges() *models.Table {
	return &models.Table{
		Name: "edges",
		Columns: []*models.Column{
			{Name: "id", Type: models.Type{Name: "integer"}, Identity: &models.Identity{Generated: models.IdentityAlways}},
			col("body", "text", true),
			col("code", "varchar(4)", true),
			col("tags", "text[]", true),
			col("doc", "jsonb", true),
			col("raw", "json", true),
			col("price", "numeric(5,2)", true),
			col("ratio", "numeric(3,3)", true),
			col("big", "numeric(4,-2)", true),
			col("amount", "numeric", true),
			col("at", "time", true),
		},
		PrimaryKey: &models.PrimaryKey{Name: "edges_pkey", Columns: []string{"id"}},
	}
}

// queues is what jobs reference.
func queues() *models.Table {
	return &models.Table{
		Name:       "queues",
		Columns:    []*models.Column{col("name", "text", false)},
		PrimaryKey: &models.PrimaryKey{Name: "queues_pkey", Columns: []string{"name"}},
	}
}

// jobs has defaults that a zero value must not be mistaken for (3,
// true, 'none'), an updated_at, the indexes finders follow (plain,
// descending, partial, unique), a unique constraint and a foreign key.
func jobs() *models.Table {
	return &models.Table{
		Name: "jobs",
		Columns: []*models.Column{
			{Name: "id", Type: models.Type{Name: "bigint"}, Identity: &models.Identity{Generated: models.IdentityByDefault}},
			col("queue", "text", false),
			withDefault(col("status", "text", false), "'queued'::text"),
			withDefault(col("retries", "integer", false), "3"),
			withDefault(col("notify", "boolean", false), "true"),
			withDefault(col("note", "text", true), "'none'::text"),
			col("external_ref", "text", true),
			col("payload", "jsonb", true),
			withDefault(col("run_at", "timestamptz", false), "now()"),
			col("finished_at", "timestamptz", true),
			withDefault(col("created_at", "timestamptz", false), "now()"),
			withDefault(col("updated_at", "timestamptz", false), "now()"),
		},
		PrimaryKey: &models.PrimaryKey{Name: "jobs_pkey", Columns: []string{"id"}},
		Uniques:    []*models.Unique{{Name: "jobs_external_ref_key", Columns: []string{"external_ref"}}},
		Checks: []*models.Check{
			{Name: "jobs_status_check", Expr: "status IN ('queued', 'running', 'done')"},
			{Name: "jobs_retries_check", Expr: "retries >= 0"},
		},
		ForeignKeys: []*models.ForeignKey{{Name: "jobs_queue_fkey", Columns: []string{"queue"}, RefSchema: "public", RefTable: "queues", RefColumns: []string{"name"}}},
		Indexes: []*models.Index{
			{Name: "idx_jobs_queue_run_at", Parts: []models.IndexPart{{Column: "queue"}, {Column: "run_at", Desc: true, NullsFirst: true}}},
			{Name: "idx_jobs_created_at", Parts: []models.IndexPart{{Column: "created_at"}}},
			{Name: "idx_jobs_finished_at", Parts: []models.IndexPart{{Column: "finished_at"}}},
			{Name: "idx_jobs_queued", Parts: []models.IndexPart{{Column: "run_at"}}, Where: "status = 'queued'"},
			{Name: "idx_jobs_lower_queue", Parts: []models.IndexPart{{Expr: "lower(queue)"}}},
		},
	}
}

// DDL writes the statements that create r in an empty database: schemas,
// enums, tables with their columns, primary keys, unique constraints and
// CHECKs, their indexes, then the foreign keys. Policies are not needed
// by the generator's tests and are not written.
func DDL(r *models.Realm) string {
	var b strings.Builder
	for _, s := range r.Schemas {
		if s.Name != "public" {
			fmt.Fprintf(&b, "CREATE SCHEMA IF NOT EXISTS %s;\n", models.QuoteIdent(s.Name))
		}
		for _, e := range s.Enums {
			vals := make([]string, len(e.Values))
			for i, v := range e.Values {
				vals[i] = models.QuoteLiteral(v)
			}
			fmt.Fprintf(&b, "CREATE TYPE %s AS ENUM (%s);\n", models.QualifiedName(e.Schema, e.Name), strings.Join(vals, ", "))
		}
	}
	for _, t := range r.Tables() {
		var parts []string
		for _, c := range t.Columns {
			p := models.QuoteIdent(c.Name) + " " + c.Type.SQL()
			if c.Identity != nil {
				p += " GENERATED " + c.Identity.Generated + " AS IDENTITY"
			}
			if !c.Nullable {
				p += " NOT NULL"
			}
			if c.Default != "" {
				p += " DEFAULT " + c.Default
			}
			parts = append(parts, p)
		}
		if t.PrimaryKey != nil {
			cols := make([]string, len(t.PrimaryKey.Columns))
			for i, c := range t.PrimaryKey.Columns {
				cols[i] = models.QuoteIdent(c)
			}
			parts = append(parts, fmt.Sprintf("CONSTRAINT %s PRIMARY KEY (%s)", models.QuoteIdent(t.PrimaryKey.Name), strings.Join(cols, ", ")))
		}
		for _, u := range t.Uniques {
			parts = append(parts, fmt.Sprintf("CONSTRAINT %s UNIQUE (%s)", models.QuoteIdent(u.Name), quoteAll(u.Columns)))
		}
		for _, c := range t.Checks {
			parts = append(parts, fmt.Sprintf("CONSTRAINT %s CHECK (%s)", models.QuoteIdent(c.Name), c.Expr))
		}
		fmt.Fprintf(&b, "CREATE TABLE %s (\n  %s\n);\n", t.QualifiedName(), strings.Join(parts, ",\n  "))
		for _, ix := range t.Indexes {
			writeIndex(&b, t, ix)
		}
	}
	for _, t := range r.Tables() {
		for _, fk := range t.ForeignKeys {
			fmt.Fprintf(&b, "ALTER TABLE %s ADD CONSTRAINT %s FOREIGN KEY (%s) REFERENCES %s (%s);\n",
				t.QualifiedName(), models.QuoteIdent(fk.Name), quoteAll(fk.Columns), models.QualifiedName(fk.RefSchema, fk.RefTable), quoteAll(fk.RefColumns))
		}
	}
	return b.String()
}

func writeIndex(b *strings.Builder, t *models.Table, ix *models.Index) {
	var parts []string
	for _, p := range ix.Parts {
		part := "(" + p.Expr + ")"
		if p.Column != "" {
			part = models.QuoteIdent(p.Column)
		}
		if p.Desc {
			part += " DESC"
		}
		parts = append(parts, part)
	}
	unique := ""
	if ix.Unique {
		unique = "UNIQUE "
	}
	fmt.Fprintf(b, "CREATE %sINDEX %s ON %s (%s)", unique, models.QuoteIdent(ix.Name), t.QualifiedName(), strings.Join(parts, ", "))
	if ix.Where != "" {
		fmt.Fprintf(b, " WHERE (%s\n)", ix.Where)
	}
	b.WriteString(";\n")
}

func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = models.QuoteIdent(n)
	}
	return strings.Join(q, ", ")
}
