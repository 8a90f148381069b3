package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/catalog"
	"github.com/schemactl/schemactl/internal/dbconn"
	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/history"
	"github.com/schemactl/schemactl/internal/session"
)

// runInspect is `schemactl inspect`: it reads the live catalog
// (internal/catalog) and prints it as HCL (internal/hclschema), like
// `terraform import`, so existing tables can be taken over.
func runInspect(ctx context.Context, env *Env, args []string) int {
	fs, common := newFlagSet(env, "inspect", "inspect --database-url URL [--schemas a,b] [--tables t1,schema.t2] [--migrations-table schema.name]")
	schemas := fs.String("schemas", "", "comma-separated schemas to read (default: every non-system schema)")
	tables := fs.String("tables", "", "comma-separated tables to read, as name or schema.name (default: all)")
	table := fs.String("migrations-table", history.DefaultTable, "schemactl's migrations table, never printed (schema.name)")
	bounds := readBoundsFlags(fs)
	if ok, status := parseFlags(env, fs, common, args); !ok {
		return status
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "Error: %v\n", argumentsError("inspect", fs.Args()))
		return exitError
	}
	fail := func(err error) int {
		fmt.Fprintf(env.Stderr, "Error: %s\n", dbconn.Scrub(err.Error(), common.DatabaseURL))
		return exitError
	}
	if err := checkBounds(bounds); err != nil {
		return fail(err)
	}
	logger := common.logger
	conn, err := common.connect(ctx)
	if err != nil {
		return fail(err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	// Read in a transaction bounded by --lock-timeout and
	// --statement-timeout, and rolled back: pg_get_expr waits for the lock
	// of the table it renders.
	tx, err := conn.Begin(ctx)
	if err != nil {
		return fail(fmt.Errorf("reading the catalog: %w", err))
	}
	defer func() { _ = tx.Rollback(context.WithoutCancel(ctx)) }()
	if _, err := session.Bound(ctx, tx, *bounds); err != nil {
		return fail(err)
	}

	opts := catalog.Options{Schemas: inspectFlagList(*schemas), Tables: inspectFlagList(*tables), Exclude: inspectFlagList(*table)}
	logger.DebugContext(ctx, "inspecting", "schemas", opts.Schemas, "tables", opts.Tables, "exclude", opts.Exclude)
	realm, added, err := catalog.InspectWithReferences(ctx, tx, opts)
	if err != nil {
		return fail(readError("reading the catalog", *bounds, err))
	}
	if len(added) > 0 {
		fmt.Fprintf(env.Stderr, "Note: also printing %s, referenced by foreign keys of the selected tables, so the output loads: %s\n",
			count(len(added), "table"), strings.Join(added, ", "))
	}
	if missing := catalog.MissingReferences(realm); len(missing) > 0 {
		fmt.Fprintf(env.Stderr, "Warning: foreign keys reference tables that inspect does not print (excluded or owned by an extension): %s\n",
			strings.Join(missing, ", "))
	}
	if _, err := env.Stdout.Write(hclschema.Write(realm)); err != nil {
		return fail(fmt.Errorf("writing HCL: %w", err))
	}
	return exitOK
}

// inspectFlagList splits a comma-separated flag value, dropping empty entries.
func inspectFlagList(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		if p := strings.TrimSpace(part); p != "" {
			out = append(out, p)
		}
	}
	return out
}
